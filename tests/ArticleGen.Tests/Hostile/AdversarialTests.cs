using System.Text;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// Adversarial sizes, as correctness tests: each input either parses and formats back to itself, or fails with
/// ArticleFormatException; nothing overflows the stack, nothing hangs (each run is bounded by a generous guard,
/// not timed).
/// </summary>
public class AdversarialTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>Far above what linear work on these inputs takes; only a hang or quadratic blow-up reaches it.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public void Ten_megabyte_body_paragraph_on_one_line()
    {
        string line = Repeat("Word -- (x), y) (END) ___ - > : | 서울 😀 ", TenMegabytes);
        string text = Stories.YonhapPlain.Replace("Officials said they would buy 100,000 tons from farmers to steady the market.", line, StringComparison.Ordinal);

        YonhapStory story = Bounded(() => YonhapStory.Parse(text));

        Assert.Equal(line, story.Body[^1]);
        Assert.Equal(text, Bounded(story.Format));
        Assert.Equal(story, Bounded(() => YonhapStory.Parse(Encoding.UTF8.GetBytes(text))));
        RoundTripsThroughEveryWriter(story, text, (x, w) => x.WriteTo(w));
    }

    [Fact]
    public void Ten_megabyte_dateline_city()
    {
        string city = Repeat("SEOUL (Jung-gu) 서울 ", TenMegabytes);
        string text = Stories.YonhapPlain.Replace("SEJONG, Nov. 2 (Yonhap)", city + ", Nov. 2 (Yonhap)", StringComparison.Ordinal);

        YonhapStory story = Bounded(() => YonhapStory.Parse(text));
        Dateline dateline = Bounded(() => Dateline.Parse(city + ", Nov. 2 (Yonhap)"));

        Assert.Equal(city, story.Dateline.City);
        Assert.Equal(new Dateline(city, "Nov. 2", "Yonhap"), dateline);
        Assert.Equal(text, Bounded(story.Format));
        Assert.Equal(city + ", Nov. 2 (Yonhap)", Bounded(dateline.Format));
    }

    [Fact]
    public void Ten_megabyte_line_that_does_not_fit_fails_with_a_short_message()
    {
        // No " -- " on the dateline line: the error is at its end, ten million columns in.
        string line = Repeat("SEOUL, Nov. 2 (Yonhap) - ", TenMegabytes);
        string text = " date 2024-11-02\n\n" + line + "\n\nBody.\n";

        var error = Bounded(() => Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(text)));

        Assert.Equal(3, error.Line);
        Assert.Equal(line.Length + 1, error.Column);
        Assert.Equal("\" -- \"", error.Expected);
        Assert.True(error.Message.Length < 1000, "the message quotes the whole 10 MB line: " + error.Message.Length + " chars");
        Assert.False(YonhapStory.TryParse(text, out _));

        // A 10 MB line of one repeated lone CR (ordinary text) in a one-line capture that never ends.
        string carriageReturns = "Byline: " + new string('\r', TenMegabytes);
        var noDesk = Bounded(() => Assert.Throws<ArticleFormatException>(() => Byline.Parse(carriageReturns)));
        Assert.True(noDesk.Message.Length < 2000, "the message is " + noDesk.Message.Length + " chars");
    }

    [Fact]
    public void A_million_blank_lines_inside_a_story()
    {
        string blank = new('\n', 1_000_000);
        string text = Stories.YonhapPlain.Replace("Saturday.\n\n", "Saturday.\n\n" + blank, StringComparison.Ordinal);

        // Three blank lines end the body and start the photo caption, which keeps the rest, blank lines and all.
        YonhapStory story = Bounded(() => YonhapStory.Parse(text));
        Assert.Empty(story.Body);
        Assert.StartsWith(blank[..^4], story.PhotoCaption, StringComparison.Ordinal);
        Assert.Equal(text, Bounded(story.Format));

        // The same with CRLF line ends, through UTF-8.
        byte[] crlf = Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(story, Bounded(() => YonhapStory.Parse(crlf)));

        // In an AP story the blank lines end up inside a body paragraph or are refused; never anything else.
        string ap = Stories.Ap.Replace("this summer", "this summer" + blank, StringComparison.Ordinal);
        ParsesAndRoundTripsOrFails(() => ApStory.Parse(ap), x => x.Format(), ApStory.Parse);

        // In a paragraph list the blank lines are empty paragraphs, which Format may refuse but must not lose.
        string memory = "Title\n\nFirst." + blank + "Last.\n";
        ParsesAndRoundTripsOrFails(() => MemoryStory.Parse(memory), x => x.Format(), MemoryStory.Parse);

        // In a hard-wrapped feed paragraph they are part of the paragraph.
        string feed = Stories.Feed.Replace("in six sessions.\r\n", "in six sessions." + blank.Replace("\n", "\r\n", StringComparison.Ordinal), StringComparison.Ordinal);
        FeedStory feedStory = Bounded(() => FeedStory.Parse(feed));
        // One of the million line breaks starts the next item ("\n   "); the others stay in this one.
        Assert.EndsWith("in six sessions." + blank[1..], feedStory.Body[0], StringComparison.Ordinal);
        Assert.Equal(feedStory, Bounded(() => FeedStory.Parse(feedStory.Format())));
    }

    [Fact]
    public void A_hundred_thousand_paragraphs()
    {
        string text = ConcurrencyTests.LongYonhap(100_000);

        YonhapStory story = Bounded(() => YonhapStory.Parse(text));

        Assert.Equal(100_000, story.Body.Count);
        Assert.Equal("Paragraph 99999 -- with (parentheses), a comma, 서울 and 😀.", story.Body[^1]);
        Assert.Equal(text, Bounded(story.Format));
        RoundTripsThroughEveryWriter(story, text, (x, w) => x.WriteTo(w));

        string memoryText = "Title\n\n" + string.Join("\n\n", Enumerable.Range(0, 100_000).Select(i => "P" + i)) + "\n";
        MemoryStory memory = Bounded(() => MemoryStory.Parse(memoryText));
        Assert.Equal(100_000, memory.Paragraphs.Count);
        Assert.Equal(memoryText, Bounded(memory.Format));

        // Built as a record rather than parsed: Format writes it, Parse reads it back equal.
        var built = new YonhapStory(new DateOnly(2024, 3, 5), null, new Dateline("SEOUL", "March 5", "Yonhap"), "Lead.", Enumerable.Range(0, 100_000).Select(i => "Body " + i + ".").ToArray(), null);
        Assert.Equal(built, Bounded(() => YonhapStory.Parse(built.Format())));
    }

    [Fact]
    public void Lists_with_a_hundred_thousand_quotes()
    {
        string text = "scores\n1\n\nquotes\n" + string.Join("\n", Enumerable.Range(0, 100_000).Select(i => $"> Speaker {i}: Quote {i} (with: a colon),\nwrapped.")) + "\n\nkeywords\nk\n";

        Lists lists = Bounded(() => Lists.Parse(text));

        Assert.Equal(100_000, lists.Quotes.Count);
        Assert.Equal(new Quote("Speaker 99999", "Quote 99999 (with: a colon),\nwrapped."), lists.Quotes[^1]);
        Assert.Equal(text, Bounded(lists.Format));
        Assert.Equal(lists, Bounded(() => Lists.Parse(Encoding.UTF8.GetBytes(text))));
        RoundTripsThroughEveryWriter(lists, text, (x, w) => x.WriteTo(w));
    }

    [Fact]
    public void Long_line_and_item_lists()
    {
        string tags = "TAGS\n" + string.Join("\n", Enumerable.Range(0, 200_000).Select(i => "tag" + i)) + "\n\nThe note.\n";
        TagLines tagLines = Bounded(() => TagLines.Parse(tags));
        Assert.Equal(200_000, tagLines.Tags.Count);
        Assert.Equal(tags, Bounded(tagLines.Format));

        string corrections = "Corrections:\n" + string.Join("\n", Enumerable.Range(0, 100_000).Select(i => $"- Item {i}\n-wrapped - line")) + "\n-- end\n";
        Corrections items = Bounded(() => Corrections.Parse(corrections));
        Assert.Equal(100_000, items.Items.Length);
        Assert.Equal(corrections, Bounded(items.Format));

        // 100,000 list items that never meet their end marker: an error, not a hang.
        string unterminated = corrections[..^"-- end\n".Length];
        Bounded(() => Assert.Throws<ArticleFormatException>(() => Corrections.Parse(unterminated)));
    }

    [Fact]
    public void Repeated_near_misses_of_every_terminator()
    {
        // Texts made of almost-terminators: each capture search meets millions of false starts.
        string nearDash = Repeat(" -", TenMegabytes / 2) + " - ";
        ParsesAndRoundTripsOrFails(() => YonhapStory.Parse(" date 2024-03-05\n\nSEOUL, Oct. 18 (Yonhap)" + nearDash + "\n\nBody.\n"), x => x.Format(), YonhapStory.Parse);

        string nearEnd = Repeat("\n\n(END", TenMegabytes / 6);
        ParsesAndRoundTripsOrFails(() => ApStory.Parse("H\nBy B\n\nD (AP) — Lead.\n\n" + nearEnd + "\n\n(END)\n"), x => x.Format(), ApStory.Parse);

        string nearAttention = Repeat(")\n)", TenMegabytes / 3);
        ParsesAndRoundTripsOrFails(() => YonhapStory.Parse(" date 2024-03-05 (ATTN: " + nearAttention + ")\n\nSEOUL, Oct. 18 (Yonhap) -- Lead.\n\nBody.\n"), x => x.Format(), YonhapStory.Parse);

        string nearIndent = Repeat("\n  x", TenMegabytes / 4);
        ParsesAndRoundTripsOrFails(() => HardWrapped.Parse("   Lead" + nearIndent + "\n   Rest.\n"), x => x.Format(), HardWrapped.Parse);

        string nearQuotes = Repeat("\n\nquotes\n>", TenMegabytes / 10);
        ParsesAndRoundTripsOrFails(() => Lists.Parse("scores\n1" + nearQuotes + "\n\nquotes\n> a: b\n\nkeywords\nk\n"), x => x.Format(), Lists.Parse);
    }

    private static void ParsesAndRoundTripsOrFails<T>(Func<T> parse, Func<T, string> format, Func<string, T> reparse)
        where T : class
    {
        T value;
        try
        {
            value = Bounded(parse);
        }
        catch (ArticleFormatException)
        {
            return;
        }

        string text;
        try
        {
            text = Bounded(() => format(value));
        }
        catch (ArgumentException)
        {
            return;
        }

        Assert.Equal(value, Bounded(() => reparse(text)));
    }

    private static void RoundTripsThroughEveryWriter<T>(T value, string expected, Action<T, System.Buffers.IBufferWriter<byte>> writeTo)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        writeTo(value, writer);
        Assert.True(writer.WrittenSpan.SequenceEqual(Encoding.UTF8.GetBytes(expected)));

        byte[] utf8 = Encoding.UTF8.GetBytes(expected);
        char[] chars = new char[expected.Length];
        byte[] bytes = new byte[utf8.Length];
        Assert.True(value.TryFormat(chars, out int charsWritten, default, null));
        Assert.Equal(expected.Length, charsWritten);
        Assert.True(chars.AsSpan().SequenceEqual(expected));
        Assert.True(value.TryFormat(bytes, out int bytesWritten, default, null));
        Assert.Equal(utf8.Length, bytesWritten);
        Assert.True(bytes.AsSpan().SequenceEqual(utf8));
    }

    private static string Repeat(string chunk, int length)
    {
        var builder = new StringBuilder(length + chunk.Length);
        while (builder.Length < length)
        {
            builder.Append(chunk);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own (default stack size; not the thread pool, which other
    /// tests may keep busy), failing the test if it does not finish within <see cref="Guard"/>.
    /// </summary>
    private static T Bounded<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        });
        thread.IsBackground = true;
        thread.Start();
        if (!thread.Join(Guard))
        {
            Assert.Fail($"did not finish within {Guard.TotalSeconds} s: a hang or super-linear work");
        }

        error?.Throw();
        return result;
    }
}
