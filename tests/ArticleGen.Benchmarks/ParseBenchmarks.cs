using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Parsing a Yonhap story, 2 KB / 20 KB / 1 MB. Two categories, each with its own limit as the baseline:
/// <list type="bullet">
/// <item><c>Utf8</c>: from UTF-8 bytes. Limit: <c>Encoding.UTF8.GetString</c> + counting the line breaks.</item>
/// <item><c>String</c>: from a string already in memory. Limit: one pass counting the line breaks.</item>
/// </list>
/// Compared: the generated <c>Parse</c> (string members and zero-copy <c>ReadOnlyMemory&lt;char&gt;</c> members),
/// a hand-written [GeneratedRegex] + string.Split parser (baseline A) and System.Text.Json source generation
/// reading the same story as JSON (baseline B).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class YonhapParseBenchmarks
{
    private byte[] utf8 = null!;
    private ReadOnlyMemory<byte> utf8Memory;
    private string text = null!;
    private byte[] utf8Json = null!;

    [ParamsAllValues]
    public StorySize Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (story, input) = StoryInputs.Yonhap(Input);
        utf8 = input.Utf8;
        utf8Memory = utf8;
        text = input.Text;
        utf8Json = JsonSerializer.SerializeToUtf8Bytes(YonhapJson.From(story), BenchJsonContext.Default.YonhapJson);

        // Every method must return the same story from the same input.
        string size = $"{Input} ({utf8.Length:N0} bytes, {story.Body.Count} paragraphs)";
        YonhapStory generated = YonhapStory.Parse(utf8);
        StoryChecks.Same(story, generated, $"YonhapStory.Parse(utf8) on {size}");
        StoryChecks.Same(story, YonhapStory.Parse(text), $"YonhapStory.Parse(string) on {size}");
        StoryChecks.Same(story, YonhapStoryMemory.Parse(utf8), $"YonhapStoryMemory.Parse(utf8) on {size}");
        StoryChecks.Same(story, YonhapStoryMemory.Parse(text), $"YonhapStoryMemory.Parse(string) on {size}");
        StoryChecks.Same(story, YonhapStoryBytes.Parse(utf8Memory), $"YonhapStoryBytes.Parse(ReadOnlyMemory<byte>) on {size}");
        if (!System.Runtime.InteropServices.MemoryMarshal.TryGetArray(YonhapStoryBytes.Parse(utf8Memory).Lead, out ArraySegment<byte> lead) || lead.Array != utf8)
        {
            throw new InvalidOperationException($"YonhapStoryBytes.Parse(ReadOnlyMemory<byte>) on {size}: Lead is not a slice of the input");
        }

        StoryChecks.Same(generated, HandTunedYonhap.Parse(utf8), $"hand-tuned parser vs generated Parse on {size}");
        StoryChecks.Same(generated, HandWrittenYonhap.Parse(utf8), $"hand-written regex parser vs generated Parse on {size}");
        StoryChecks.Same(generated, HandWrittenYonhap.Parse(text), $"hand-written regex parser (string) vs generated Parse on {size}");
        StoryChecks.Same(story, JsonSerializer.Deserialize(utf8Json, BenchJsonContext.Default.YonhapJson), $"System.Text.Json on {size}");
    }

    // ---- from UTF-8 bytes ----

    [Benchmark(Baseline = true), BenchmarkCategory("Utf8")]
    public int Limit_GetString_CountLines()
    {
        string s = Encoding.UTF8.GetString(utf8);
        return s.AsSpan().Count('\n') + s.Length;
    }

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapStory HandTuned_Parse_Utf8() => HandTunedYonhap.Parse(utf8);

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapStory ArticleGen_Parse_Utf8() => YonhapStory.Parse(utf8);

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapStoryMemory ArticleGenMemory_Parse_Utf8() => YonhapStoryMemory.Parse(utf8);

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapStoryBytes ArticleGen_Parse_Utf8_RomByteMembers() => YonhapStoryBytes.Parse(utf8Memory);

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapStory HandRegexSplit_Parse_Utf8() => HandWrittenYonhap.Parse(utf8);

    [Benchmark, BenchmarkCategory("Utf8")]
    public YonhapJson? Stj_Deserialize_Utf8Json() => JsonSerializer.Deserialize(utf8Json, BenchJsonContext.Default.YonhapJson);

    // ---- from a string ----

    [Benchmark(Baseline = true), BenchmarkCategory("String")]
    public int Limit_CountLines_String() => text.AsSpan().Count('\n') + text.Length;

    [Benchmark, BenchmarkCategory("String")]
    public YonhapStory ArticleGen_Parse_String() => YonhapStory.Parse(text);

    [Benchmark, BenchmarkCategory("String")]
    public YonhapStoryMemory ArticleGenMemory_Parse_String() => YonhapStoryMemory.Parse(text);

    [Benchmark, BenchmarkCategory("String")]
    public YonhapStory HandRegexSplit_Parse_String() => HandWrittenYonhap.Parse(text);
}

/// <summary>
/// Parsing the other agencies' shapes (about 2 KB each): an AP story (headline, byline, "(AP) —" dateline,
/// contributors trailer, "(END)") and a Reuters-style feed story (CRLF, hard-wrapped, indented paragraphs).
/// The generated Parse against the same limits as <see cref="YonhapParseBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WireParseBenchmarks
{
    private byte[] apUtf8 = null!;
    private string apText = null!;
    private byte[] feedUtf8 = null!;
    private string feedText = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (ap, apInput) = StoryInputs.Ap();
        apUtf8 = apInput.Utf8;
        apText = apInput.Text;
        StoryChecks.Same(ap, ApStory.Parse(apUtf8), "ApStory.Parse(utf8)");
        StoryChecks.Same(ap, ApStory.Parse(apText), "ApStory.Parse(string)");

        var (feed, feedInput) = StoryInputs.Feed();
        feedUtf8 = feedInput.Utf8;
        feedText = feedInput.Text;
        StoryChecks.Same(feed, FeedStory.Parse(feedUtf8), "FeedStory.Parse(utf8) on CRLF input");
        StoryChecks.Same(feed, FeedStory.Parse(feedText), "FeedStory.Parse(string) on CRLF input");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AP-Utf8")]
    public int Ap_Limit_GetString_CountLines()
    {
        string s = Encoding.UTF8.GetString(apUtf8);
        return s.AsSpan().Count('\n') + s.Length;
    }

    [Benchmark, BenchmarkCategory("AP-Utf8")]
    public ApStory Ap_ArticleGen_Parse_Utf8() => ApStory.Parse(apUtf8);

    [Benchmark(Baseline = true), BenchmarkCategory("AP-String")]
    public int Ap_Limit_CountLines_String() => apText.AsSpan().Count('\n') + apText.Length;

    [Benchmark, BenchmarkCategory("AP-String")]
    public ApStory Ap_ArticleGen_Parse_String() => ApStory.Parse(apText);

    [Benchmark(Baseline = true), BenchmarkCategory("Feed-Utf8")]
    public int Feed_Limit_GetString_CountLines()
    {
        string s = Encoding.UTF8.GetString(feedUtf8);
        return s.AsSpan().Count('\n') + s.Length;
    }

    [Benchmark, BenchmarkCategory("Feed-Utf8")]
    public FeedStory Feed_ArticleGen_Parse_Utf8() => FeedStory.Parse(feedUtf8);

    [Benchmark(Baseline = true), BenchmarkCategory("Feed-String")]
    public int Feed_Limit_CountLines_String() => feedText.AsSpan().Count('\n') + feedText.Length;

    [Benchmark, BenchmarkCategory("Feed-String")]
    public FeedStory Feed_ArticleGen_Parse_String() => FeedStory.Parse(feedText);
}
