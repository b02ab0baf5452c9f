using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// Random and mutated input against every layout, through every parse overload: TryParse never throws, Parse
/// throws only ArticleFormatException and exactly when TryParse says false, the overloads agree, errors point
/// into the input, invalid UTF-8 gets the documented error at its byte, and whatever is read formats back to an
/// equal record (for text layouts, to the input itself) or is refused with ArgumentException.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    /// <summary>Random inputs per run (ARTICLEGEN_HOSTILE_SCALE multiplies it); the prefixes come on top.</summary>
    private static readonly int RandomInputs = 1_000_000 * HostileText.Scale;

    /// <summary>The stream of random inputs; the same every run unless ARTICLEGEN_HOSTILE_SEED picks another.</summary>
    private static readonly int Seed =
        int.TryParse(Environment.GetEnvironmentVariable("ARTICLEGEN_HOSTILE_SEED"), out int seed) ? seed : 20_240_305;

    [Fact]
    public void Every_seed_is_read_by_its_layout()
    {
        LayoutProbe[] probes = Layouts.CreateAll();
        foreach (string seed in Corpus.Seeds)
        {
            int readers = probes.Count(p => p.Check(seed, Encoding.UTF8.GetBytes(seed), ParsePaths.All) is not null);
            Assert.True(readers >= 1, "no layout reads the seed " + HostileText.Show(seed));
        }

        // Every layout is reached by at least one seed, so mutations explore every parser past its first literal.
        foreach (LayoutProbe probe in probes)
        {
            Assert.True(probe.Counts.Accepted >= 1, probe.Name + " reads none of the seeds");
        }
    }

    [Fact]
    public void Every_prefix_of_every_seed_as_text_and_as_utf8()
    {
        LayoutProbe[] probes = Layouts.CreateAll();
        HostileInput[] inputs = Corpus.Prefixes().ToArray();

        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        long tried = 0;
        Parallel.For(0, inputs.Length, i =>
        {
            CheckInput(inputs[i], probes, _ => ParsePaths.All, failures);
            Interlocked.Increment(ref tried);
        });

        Report("prefixes", probes, tried, clock, failures);
        Assert.Equal(inputs.Length, tried);
        Assert.Equal(Corpus.Seeds.Sum(s => s.Length + 1 + Encoding.UTF8.GetByteCount(s) + 1), tried);
    }

    [Fact]
    public void A_million_random_and_mutated_inputs_are_answered_without_losing_text()
    {
        LayoutProbe[] probes = Layouts.CreateAll();
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        var kinds = new ConcurrentDictionary<string, int>();
        long tried = 0;
        Parallel.For(
            0,
            RandomInputs,
            () => new Dictionary<string, int>(),
            (i, _, local) =>
            {
                HostileInput input = Corpus.Random(Seed, i);
                CheckInput(input, probes, layout => ThrowingParseFor(i, layout), failures);
                local[input.Kind] = local.GetValueOrDefault(input.Kind) + 1;
                return local;
            },
            local =>
            {
                long sum = 0;
                foreach ((string kind, int count) in local)
                {
                    kinds.AddOrUpdate(kind, count, (_, c) => c + count);
                    sum += count;
                }

                Interlocked.Add(ref tried, sum);
            });

        output.WriteLine($"seed {Seed}: " + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        Report("random and mutated", probes, tried, clock, failures);
        Assert.Equal(RandomInputs, tried);

        // The corpus must reach the success path of every layout, or "never loses text" is not being tested.
        foreach (LayoutProbe probe in probes)
        {
            Assert.True(probe.Counts.Accepted >= 100, $"{probe.Name} read only {probe.Counts.Accepted} of the mutated inputs");
        }
    }

    /// <summary>
    /// The Yonhap layout with ReadOnlyMemory&lt;byte&gt; members reads exactly what the one with string members reads,
    /// every value being the UTF-8 of the string (from memory, where the values are slices, from a span and from
    /// text, where they are copies); and refuses what it refuses. Text with a lone surrogate in a value has no
    /// UTF-8 form: there only the byte layout refuses.
    /// </summary>
    [Fact]
    public void Utf8_members_read_the_utf8_of_what_string_members_read()
    {
        int inputs = 200_000 * HostileText.Scale;
        var failures = new ConcurrentQueue<string>();
        long accepted = 0;
        Parallel.For(0, inputs, i =>
        {
            HostileInput input = Corpus.Random(Seed + 1, i);
            byte[] utf8 = input.Bytes ?? Encoding.UTF8.GetBytes(input.Text!);
            string? problem = SameValues(YonhapStory.TryParse(utf8, out YonhapStory? story), story, YonhapBytes.TryParse(utf8.AsMemory(), out YonhapBytes? sliced), sliced, "memory")
                ?? SameValues(YonhapStory.TryParse(utf8, out story), story, YonhapBytes.TryParse((ReadOnlySpan<byte>)utf8, out YonhapBytes? copied), copied, "span");
            if (problem is null && input.Text is { } text)
            {
                bool read = YonhapStory.TryParse(text, out story);
                bool readBytes = YonhapBytes.TryParse(text, out YonhapBytes? fromText);
                bool encodable = story is null || HasUtf8Form(story);
                problem = encodable ? SameValues(read, story, readBytes, fromText, "string") : readBytes ? "read a value with a lone surrogate from a string" : null;
            }

            if (problem is not null)
            {
                failures.Enqueue(problem + " for " + input);
            }
            else if (story is not null)
            {
                Interlocked.Increment(ref accepted);
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.True(accepted >= 100, $"only {accepted} inputs were read");
        output.WriteLine($"{inputs} inputs, {accepted} read by both layouts");
    }

    private static string? SameValues(bool read, YonhapStory? story, bool readBytes, YonhapBytes? bytes, string from)
    {
        if (read != readBytes)
        {
            return $"from {from}, the string layout read {read} but the byte layout {readBytes}";
        }

        if (!read)
        {
            return null;
        }

        static byte[]? U(string? s) => s is null ? null : Encoding.UTF8.GetBytes(s);
        static byte[]? B(ReadOnlyMemory<byte>? m) => m?.ToArray();
        bool same = story!.Date == bytes!.Date
            && Same(U(story.Attention), B(bytes.Attention))
            && Same(U(story.Dateline.City), B(bytes.Dateline.City))
            && Same(U(story.Dateline.Date), B(bytes.Dateline.Date))
            && Same(U(story.Dateline.Agency), B(bytes.Dateline.Agency))
            && Same(U(story.Lead), B(bytes.Lead))
            && story.Body.Count == bytes.Body.Length
            && story.Body.Zip(bytes.Body).All(p => Same(U(p.First), B(p.Second)))
            && Same(U(story.PhotoCaption), B(bytes.PhotoCaption));
        return same ? null : $"from {from}, the byte layout's values are not the UTF-8 of the string layout's: {HostileText.Describe(bytes)} vs {HostileText.Describe(story)}";
    }

    private static bool Same(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>Whether every value has a UTF-8 form (no lone surrogate), each on its own.</summary>
    private static bool HasUtf8Form(YonhapStory story)
    {
        string?[] values = [story.Attention, story.Dateline.City, story.Dateline.Date, story.Dateline.Agency, story.Lead, story.PhotoCaption, .. story.Body];
        try
        {
            foreach (string? value in values)
            {
                Strict.GetByteCount(value ?? string.Empty);
            }

            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    public static TheoryData<int> InvalidSequences => new(Enumerable.Range(0, Corpus.InvalidUtf8.Length));

    [Theory]
    [MemberData(nameof(InvalidSequences))]
    public void Invalid_utf8_is_refused_at_its_byte_offset_by_every_layout(int sequence)
    {
        byte[] bad = Corpus.InvalidUtf8[sequence];
        byte[] story = Encoding.UTF8.GetBytes(Stories.YonhapWithPhoto);
        byte[] crlfStory = Encoding.UTF8.GetBytes(Stories.Feed);
        int cjk = Encoding.UTF8.GetByteCount("서울 ");
        (string Name, byte[] Bytes, int Offset)[] cases =
        [
            ("alone", bad, 0),
            ("at the start", [.. bad, .. story], 0),
            ("after a BOM", [0xEF, 0xBB, 0xBF, .. bad, .. story], 3),
            ("in the middle", [.. story[..100], .. bad, .. story[100..]], 100),
            ("after CRLF lines", [.. crlfStory[..200], .. bad, .. crlfStory[200..]], 200),
            ("after multi-byte text", [.. Encoding.UTF8.GetBytes("서울 "), .. bad], cjk),
            ("at the very end", [.. story, .. bad], story.Length),
        ];

        foreach ((string name, byte[] bytes, int offset) in cases)
        {
            Assert.Equal(offset, HostileText.FirstInvalidUtf8(bytes));
            foreach (LayoutProbe probe in Layouts.CreateAll())
            {
                // TryParse says false; Parse throws ArticleFormatException with Expected "valid UTF-8",
                // "byte 0xNN at byte offset N", and the line and column where the valid prefix ends.
                probe.CheckInvalidUtf8(bytes, offset, parse: true);
            }

            var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(bytes));
            Assert.Equal("valid UTF-8", error.Expected);
            Assert.Contains($"byte 0x{bytes[offset]:X2} at byte offset {offset} ", error.Message, StringComparison.Ordinal);
            Assert.False(YonhapStory.TryParse(bytes, out YonhapStory? none), name);
            Assert.Null(none);
        }
    }

    [Fact]
    public void Invalid_utf8_position_counts_lines_and_utf16_columns_of_the_valid_prefix()
    {
        // "서울 😀" is 3 + 3 + 1 + 4 bytes but 2 + 1 + 2 UTF-16 units: the column counts units, the offset counts bytes.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\r\nline two\n서울 😀"), 0xED, 0xA0, 0x80, .. "rest\n"u8];

        var error = Assert.Throws<ArticleFormatException>(() => YonhapStory.Parse(bytes));

        Assert.Equal(3, error.Line);
        Assert.Equal(6, error.Column);
        Assert.Contains("byte 0xED at byte offset 30 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_in_strings_are_text_to_the_reader_and_refused_only_by_utf8_writers()
    {
        foreach (string surrogate in HostileGens.LoneSurrogates)
        {
            string text = Stories.YonhapPlain.Replace("Rice prices", "Rice " + surrogate + " prices", StringComparison.Ordinal);
            foreach (LayoutProbe probe in Layouts.CreateAll())
            {
                // The probe checks that Format writes it back and that TryFormat(bytes) and WriteTo throw ArgumentException.
                probe.Check(text, utf8: null, ParsePaths.ParseString | ParsePaths.ParseChars);
            }

            YonhapStory story = YonhapStory.Parse(text);
            Assert.Contains(surrogate, story.Lead, StringComparison.Ordinal);
            Assert.Equal(text, story.Format());
        }
    }

    /// <summary>
    /// Every input goes through every TryParse overload of every layout, and through every Parse overload wherever
    /// TryParse said true. Where it said false, Parse must throw; exceptions cost microseconds, so each (input,
    /// layout) pair checks the throwing path through one Parse overload, taking turns, so that every (layout,
    /// overload) pair gets a third of the inputs.
    /// </summary>
    private static ParsePaths ThrowingParseFor(long input, int layout) => ((input + layout) % 3) switch
    {
        0 => ParsePaths.ParseString,
        1 => ParsePaths.ParseChars,
        _ => ParsePaths.ParseUtf8,
    };

    private static void CheckInput(HostileInput input, LayoutProbe[] probes, Func<int, ParsePaths> paths, ConcurrentQueue<string> failures)
    {
        try
        {
            if (input.Bytes is { } bytes)
            {
                int invalidAt = HostileText.FirstInvalidUtf8(bytes);
                if (invalidAt >= 0)
                {
                    for (int j = 0; j < probes.Length; j++)
                    {
                        probes[j].CheckInvalidUtf8(bytes, invalidAt, parse: paths(j) != ParsePaths.None);
                    }

                    return;
                }

                string decoded = Encoding.UTF8.GetString(bytes);
                for (int j = 0; j < probes.Length; j++)
                {
                    probes[j].Check(decoded, bytes, paths(j));
                }
            }
            else
            {
                string text = input.Text!;
                byte[]? utf8 = HostileText.IsValidUtf16(text) ? Encoding.UTF8.GetBytes(text) : null;
                for (int j = 0; j < probes.Length; j++)
                {
                    probes[j].Check(text, utf8, paths(j));
                }
            }
        }
        catch (Exception e)
        {
            if (failures.Count < 50)
            {
                failures.Enqueue($"{input}\n    {(e is HostileCheckException ? e.Message : e.ToString())}");
            }
        }
    }

    private void Report(string what, LayoutProbe[] probes, long tried, Stopwatch clock, ConcurrentQueue<string> failures)
    {
        output.WriteLine($"{tried:N0} {what} inputs x {probes.Length} layouts in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores");
        foreach (LayoutProbe probe in probes)
        {
            output.WriteLine($"  {probe.Name}: {probe.Counts}");
            if (probe.Counts.FirstRefusal is { } refusal)
            {
                output.WriteLine($"    first refusal: {refusal}");
            }
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} inputs broke a promise:\n" + string.Join("\n", failures.Take(20)));
    }
}
