using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using ArticleGen.Tests.Constructs;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// The generated code shares pooled buffers between calls: parsing and formatting from many threads at once must
/// give exactly what one thread gives, for valid and mutated input alike.
/// </summary>
public class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Repetitions = 4;

    private static readonly int Threads = 8 * Environment.ProcessorCount;

    [Fact]
    public void Parsing_and_formatting_in_parallel_gives_the_serial_results()
    {
        // Seeds, mutated variants (text and UTF-8, including invalid UTF-8) and bigger stories that make buffers grow.
        var corpus = new List<HostileInput>();
        corpus.AddRange(Corpus.Seeds.Select(s => HostileInput.OfText("seed", s)));
        corpus.AddRange(Corpus.Seeds.Select(s => HostileInput.OfBytes("seed utf8", Encoding.UTF8.GetBytes(s))));
        corpus.AddRange(Enumerable.Range(0, 3000).Select(i => Corpus.Random(77, i)));
        corpus.Add(HostileInput.OfText("long story", LongYonhap(300)));
        corpus.Add(HostileInput.OfText("long lists", LongLists(300)));
        corpus.Add(HostileInput.OfBytes("long story utf8", Encoding.UTF8.GetBytes(LongYonhap(200).Replace("\n", "\r\n", StringComparison.Ordinal))));

        LayoutProbe[] probes = Layouts.CreateAll();
        int cases = corpus.Count * probes.Length;
        string[] serial = new string[cases];
        for (int c = 0; c < cases; c++)
        {
            serial[c] = OutcomeOf(corpus[c / probes.Length], probes[c % probes.Length]);
        }

        // Every (input, layout) pair several times, in a shuffled order, from many more threads than cores.
        int[] order = Enumerable.Range(0, cases * Repetitions).Select(i => i % cases).ToArray();
        new Random(5).Shuffle(order);
        var mismatches = new ConcurrentQueue<string>();
        long compared = 0;
        OnThreads(order.Length, i =>
        {
            int c = order[i];
            string outcome = OutcomeOf(corpus[c / probes.Length], probes[c % probes.Length]);
            if (outcome != serial[c] && mismatches.Count < 10)
            {
                mismatches.Enqueue($"{probes[c % probes.Length].Name} on {corpus[c / probes.Length]}:\n  serial:   {HostileText.Show(serial[c])}\n  parallel: {HostileText.Show(outcome)}");
            }

            Interlocked.Increment(ref compared);
        });

        output.WriteLine($"{compared:N0} concurrent parse/format runs on {Threads} threads compared with the serial results ({corpus.Count} inputs x {probes.Length} layouts x {Repetitions})");
        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches));
        Assert.Equal((long)cases * Repetitions, compared);
        Assert.Contains(serial, s => s.StartsWith("ok", StringComparison.Ordinal));
        Assert.Contains(serial, s => s.StartsWith("error", StringComparison.Ordinal));
    }

    [Fact]
    public void One_record_formatted_from_many_threads_at_once_writes_the_same_text()
    {
        YonhapStory story = YonhapStory.Parse(LongYonhap(500));
        Lists lists = Lists.Parse(LongLists(500));
        string storyText = story.Format();
        string listsText = lists.Format();
        byte[] storyUtf8 = Encoding.UTF8.GetBytes(storyText);
        var wrong = new ConcurrentQueue<string>();

        OnThreads(4000, i =>
        {
            switch (i % 5)
            {
                case 0:
                    Same("Format", storyText, story.Format());
                    break;
                case 1:
                    char[] chars = new char[storyText.Length];
                    Same("TryFormat(chars)", storyText, story.TryFormat(chars, out int n) ? new string(chars, 0, n) : "false");
                    break;
                case 2:
                    byte[] bytes = new byte[storyUtf8.Length];
                    Same("TryFormat(bytes)", storyText, story.TryFormat(bytes, out int b) ? Encoding.UTF8.GetString(bytes, 0, b) : "false");
                    break;
                case 3:
                    var writer = new ArrayBufferWriter<byte>();
                    story.WriteTo(writer);
                    Same("WriteTo", storyText, Encoding.UTF8.GetString(writer.WrittenSpan));
                    break;
                default:
                    Same("Lists.Format", listsText, lists.Format());
                    Same("Lists.Parse", "True", (Lists.Parse(listsText) == lists).ToString());
                    break;
            }
        });

        Assert.True(wrong.IsEmpty, string.Join("\n", wrong.Take(5)));

        void Same(string what, string expected, string actual)
        {
            if (expected != actual && wrong.Count < 10)
            {
                wrong.Enqueue($"{what}: expected {HostileText.Show(expected)}, got {HostileText.Show(actual)}");
            }
        }
    }

    [Fact]
    public void Zero_copy_slices_parsed_in_parallel_from_one_string_hold_their_own_text()
    {
        string text = "Title\n\n" + string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => "Paragraph " + i + " 서울 😀."));
        var wrong = new ConcurrentQueue<string>();

        OnThreads(200, i =>
        {
            MemoryStory story = (i % 2 == 0) ? MemoryStory.Parse(text) : MemoryStory.Parse(Encoding.UTF8.GetBytes(text));
            for (int p = 0; p < story.Paragraphs.Count; p++)
            {
                string expected = "Paragraph " + p + " 서울 😀.";
                if (!story.Paragraphs[p].Span.SequenceEqual(expected) && wrong.Count < 5)
                {
                    wrong.Enqueue($"run {i}, paragraph {p}: {HostileText.Show(story.Paragraphs[p].ToString())}");
                }
            }
        });

        Assert.True(wrong.IsEmpty, string.Join("\n", wrong));
    }

    [Fact]
    public void Zero_copy_values_keep_their_text_after_the_pools_are_reused()
    {
        // Values that are slices of the input (ReadOnlyMemory<char>) must not point into a pooled buffer: parse
        // through every path that normalizes into a buffer (CRLF text, spans, UTF-8), keep the records, churn the
        // pools with other work on many threads, then look at the values again.
        string[] texts = Enumerable.Range(0, 64).Select(i => $"Title {i} 서울\r\n\r\n" + string.Join("\r\n\r\n", Enumerable.Range(0, 20).Select(p => $"Story {i} paragraph {p} 😀."))).ToArray();
        var kept = new MemoryStory[texts.Length * 3];
        var allTypes = new AllTypes[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            kept[3 * i] = MemoryStory.Parse(texts[i]);
            kept[(3 * i) + 1] = MemoryStory.Parse(texts[i].AsSpan());
            kept[(3 * i) + 2] = MemoryStory.Parse(Encoding.UTF8.GetBytes(texts[i]));
            allTypes[i] = AllTypes.Parse(Encoding.UTF8.GetBytes(Corpus.ConstructSeeds[3].Replace("memory some text", $"memory text {i} 서울", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)));
        }

        OnThreads(20_000, i =>
        {
            string other = texts[i % texts.Length].Replace("Story", "Other", StringComparison.Ordinal);
            MemoryStory.Parse(Encoding.UTF8.GetBytes(other)).Format();
            YonhapStory.Parse(Stories.YonhapWithPhoto.AsSpan()).Format();
            FeedStory.Parse(Encoding.UTF8.GetBytes(Stories.Feed));
        });

        for (int k = 0; k < kept.Length; k++)
        {
            int i = k / 3;
            Assert.Equal($"Title {i} 서울", kept[k].Title.ToString());
            for (int p = 0; p < 20; p++)
            {
                Assert.Equal($"Story {i} paragraph {p} 😀.", kept[k].Paragraphs[p].ToString());
            }
        }

        for (int i = 0; i < allTypes.Length; i++)
        {
            Assert.Equal($"text {i} 서울", allTypes[i].Memory.ToString());
        }
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0..count-1 on <see cref="Threads"/> dedicated threads taking work from one
    /// counter (the thread pool would start far fewer threads than that on a small machine).
    /// </summary>
    private static void OnThreads(int count, Action<int> body)
    {
        int next = -1;
        var errors = new ConcurrentQueue<Exception>();
        using var start = new ManualResetEventSlim();
        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            start.Wait();
            try
            {
                for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    body(i);
                }
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
        })).ToArray();

        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        start.Set();
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (!errors.IsEmpty)
        {
            throw new AggregateException(errors);
        }
    }

    /// <summary>A Yonhap story with <paramref name="paragraphs"/> body paragraphs.</summary>
    internal static string LongYonhap(int paragraphs) =>
        " date 2024-03-05 (ATTN: ADDS (file) photo)\n\nSEOUL, March 5 (Yonhap) -- The lead.\n\n"
        + string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(i => $"Paragraph {i} -- with (parentheses), a comma, 서울 and 😀."))
        + "\n\n\n\nThe caption. (Yonhap)\n";

    /// <summary>A Lists text with <paramref name="items"/> scores, quotes and keywords.</summary>
    internal static string LongLists(int items) =>
        "scores\n" + string.Join("\n", Enumerable.Range(0, items).Select(i => (i * 7 - 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + "\n\nquotes\n" + string.Join("\n", Enumerable.Range(0, items).Select(i => $"> Speaker {i}: Said {i},\nacross a line."))
        + "\n\nkeywords\n" + string.Join("\n", Enumerable.Range(0, items).Select(i => "keyword" + i)) + "\n";

    private static string OutcomeOf(HostileInput input, LayoutProbe probe)
        => input.Text is not null ? probe.Outcome(input.Text) : probe.OutcomeUtf8(input.Bytes!);
}
