using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Writing a Yonhap story, 2 KB / 20 KB / 1 MB. Three categories, each with its own limit as the baseline:
/// <list type="bullet">
/// <item><c>Utf8</c>: UTF-8 output. Limit: <c>Encoding.UTF8.GetBytes(storyText, preallocatedBuffer)</c>.</item>
/// <item><c>Chars</c>: UTF-16 output into a span. Limit: <c>storyText.AsSpan().CopyTo(charBuffer)</c>.</item>
/// <item><c>String</c>: a new string. Limit: copying the story text into a new string.</item>
/// </list>
/// Compared: the generated TryFormat/WriteTo/Format, a hand-written StringBuilder formatter (baseline A) and
/// System.Text.Json source generation writing the same story as JSON (baseline B; its output is JSON, with
/// STJ's default escaping, so it writes somewhat more bytes than the text).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class YonhapFormatBenchmarks
{
    private YonhapStory story = null!;
    private YonhapStoryMemory storyMemory = null!;
    private YonhapJson json = null!;
    private string text = null!;
    private byte[] byteBuffer = null!;
    private char[] charBuffer = null!;
    private ArrayBufferWriter<byte> bufferWriter = null!;
    private ArrayBufferWriter<byte> jsonBuffer = null!;
    private Utf8JsonWriter jsonWriter = null!;

    [ParamsAllValues]
    public StorySize Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (model, input) = StoryInputs.Yonhap(Input);
        story = model;
        text = input.Canonical;
        storyMemory = YonhapStoryMemory.Parse(text); // zero-copy slices of the text
        json = YonhapJson.From(model);

        byte[] expected = input.CanonicalUtf8;
        byteBuffer = new byte[expected.Length * 2 + 256];
        charBuffer = new char[text.Length * 2 + 256];
        bufferWriter = new ArrayBufferWriter<byte>(expected.Length * 2 + 256);
        jsonBuffer = new ArrayBufferWriter<byte>(expected.Length * 2 + 256);
        jsonWriter = new Utf8JsonWriter(jsonBuffer);

        // Every method must write the same text for the same story.
        string size = $"{Input} ({expected.Length:N0} bytes)";
        StoryChecks.SameText(text, story.Format(), $"YonhapStory.Format() on {size}");
        StoryChecks.SameText(text, storyMemory.Format(), $"YonhapStoryMemory.Format() on {size}");
        StoryChecks.SameText(text, HandWrittenYonhap.Format(story), $"hand-written StringBuilder formatter on {size}");
        StoryChecks.SameBytes(expected, HandWrittenYonhap.FormatUtf8(story), $"hand-written StringBuilder formatter (UTF-8) on {size}");
        StoryChecks.SameBytes(expected, byteBuffer.AsSpan(0, HandTuned_TryFormat_Utf8()), $"hand-tuned TryFormat(Span<byte>) on {size}");
        StoryChecks.SameBytes(expected, byteBuffer.AsSpan(0, ArticleGen_TryFormat_Utf8()), $"YonhapStory.TryFormat(Span<byte>) on {size}");
        StoryChecks.SameBytes(expected, byteBuffer.AsSpan(0, ArticleGenMemory_TryFormat_Utf8()), $"YonhapStoryMemory.TryFormat(Span<byte>) on {size}");
        StoryChecks.SameText(text, new string(charBuffer, 0, ArticleGen_TryFormat_Chars()), $"YonhapStory.TryFormat(Span<char>) on {size}");
        StoryChecks.SameText(text, new string(charBuffer, 0, ArticleGenMemory_TryFormat_Chars()), $"YonhapStoryMemory.TryFormat(Span<char>) on {size}");
        ArticleGen_WriteTo();
        StoryChecks.SameBytes(expected, bufferWriter.WrittenSpan, $"YonhapStory.WriteTo(IBufferWriter<byte>) on {size}");
        StoryChecks.Same(story, JsonSerializer.Deserialize(Stj_SerializeToUtf8Bytes(), BenchJsonContext.Default.YonhapJson), $"STJ round trip on {size}");
        Stj_Serialize_ReusedWriter();
        StoryChecks.Same(story, JsonSerializer.Deserialize(jsonBuffer.WrittenSpan, BenchJsonContext.Default.YonhapJson), $"STJ reused writer round trip on {size}");

        // Contract: TryFormat is false only when the destination is too small, so an exact-size buffer works.
        if (!story.TryFormat(new byte[expected.Length], out int exactBytes) || exactBytes != expected.Length)
        {
            throw new InvalidOperationException($"YonhapStory.TryFormat(Span<byte>) failed on an exact-size ({expected.Length}) buffer on {size}.");
        }

        if (!story.TryFormat(new char[text.Length], out int exactChars) || exactChars != text.Length)
        {
            throw new InvalidOperationException($"YonhapStory.TryFormat(Span<char>) failed on an exact-size ({text.Length}) buffer on {size}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => jsonWriter?.Dispose();

    // ---- UTF-8 ----

    [Benchmark(Baseline = true), BenchmarkCategory("Utf8")]
    public int Limit_Utf8GetBytes() => Encoding.UTF8.GetBytes(text, byteBuffer);

    [Benchmark, BenchmarkCategory("Utf8")]
    public int HandTuned_TryFormat_Utf8() =>
        HandTunedYonhap.TryFormat(story, byteBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("Utf8")]
    public int ArticleGen_TryFormat_Utf8() =>
        story.TryFormat(byteBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("Utf8")]
    public int ArticleGenMemory_TryFormat_Utf8() =>
        storyMemory.TryFormat(byteBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("Utf8")]
    public int ArticleGen_WriteTo()
    {
        bufferWriter.ResetWrittenCount();
        story.WriteTo(bufferWriter);
        return bufferWriter.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("Utf8")]
    public byte[] HandStringBuilder_GetBytes() => HandWrittenYonhap.FormatUtf8(story);

    [Benchmark, BenchmarkCategory("Utf8")]
    public byte[] Stj_SerializeToUtf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(json, BenchJsonContext.Default.YonhapJson);

    [Benchmark, BenchmarkCategory("Utf8")]
    public int Stj_Serialize_ReusedWriter()
    {
        jsonBuffer.ResetWrittenCount();
        jsonWriter.Reset(jsonBuffer);
        JsonSerializer.Serialize(jsonWriter, json, BenchJsonContext.Default.YonhapJson);
        return jsonBuffer.WrittenCount;
    }

    // ---- UTF-16 into a span ----

    [Benchmark(Baseline = true), BenchmarkCategory("Chars")]
    public int Limit_CopyToChars()
    {
        text.AsSpan().CopyTo(charBuffer);
        return text.Length;
    }

    [Benchmark, BenchmarkCategory("Chars")]
    public int ArticleGen_TryFormat_Chars() =>
        story.TryFormat(charBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("Chars")]
    public int ArticleGenMemory_TryFormat_Chars() =>
        storyMemory.TryFormat(charBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    // ---- a new string ----

    [Benchmark(Baseline = true), BenchmarkCategory("String")]
    public string Limit_NewString() => new(text.AsSpan());

    [Benchmark, BenchmarkCategory("String")]
    public string ArticleGen_Format() => story.Format();

    [Benchmark, BenchmarkCategory("String")]
    public string HandStringBuilder_Format() => HandWrittenYonhap.Format(story);

    [Benchmark, BenchmarkCategory("String")]
    public string Stj_Serialize_String() => JsonSerializer.Serialize(json, BenchJsonContext.Default.YonhapJson);
}

/// <summary>
/// Writing the AP and feed stories (about 2 KB each) as UTF-8, against the limit of encoding their canonical
/// text into a preallocated buffer. (The feed input is CRLF; its canonical output uses <c>\n</c>.)
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WireFormatBenchmarks
{
    private ApStory ap = null!;
    private string apText = null!;
    private FeedStory feed = null!;
    private string feedText = null!;
    private byte[] byteBuffer = null!;
    private ArrayBufferWriter<byte> bufferWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (apModel, apInput) = StoryInputs.Ap();
        var (feedModel, feedInput) = StoryInputs.Feed();
        ap = apModel;
        apText = apInput.Canonical;
        feed = feedModel;
        feedText = feedInput.Canonical;
        int max = Math.Max(apInput.CanonicalUtf8.Length, feedInput.CanonicalUtf8.Length);
        byteBuffer = new byte[max * 2 + 256];
        bufferWriter = new ArrayBufferWriter<byte>(max * 2 + 256);

        StoryChecks.SameText(apText, ap.Format(), "ApStory.Format()");
        StoryChecks.SameBytes(apInput.CanonicalUtf8, byteBuffer.AsSpan(0, Ap_ArticleGen_TryFormat_Utf8()), "ApStory.TryFormat(Span<byte>)");
        Ap_ArticleGen_WriteTo();
        StoryChecks.SameBytes(apInput.CanonicalUtf8, bufferWriter.WrittenSpan, "ApStory.WriteTo");
        StoryChecks.SameText(feedText, feed.Format(), "FeedStory.Format()");
        StoryChecks.SameBytes(feedInput.CanonicalUtf8, byteBuffer.AsSpan(0, Feed_ArticleGen_TryFormat_Utf8()), "FeedStory.TryFormat(Span<byte>)");
        Feed_ArticleGen_WriteTo();
        StoryChecks.SameBytes(feedInput.CanonicalUtf8, bufferWriter.WrittenSpan, "FeedStory.WriteTo");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("AP")]
    public int Ap_Limit_Utf8GetBytes() => Encoding.UTF8.GetBytes(apText, byteBuffer);

    [Benchmark, BenchmarkCategory("AP")]
    public int Ap_ArticleGen_TryFormat_Utf8() =>
        ap.TryFormat(byteBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("AP")]
    public int Ap_ArticleGen_WriteTo()
    {
        bufferWriter.ResetWrittenCount();
        ap.WriteTo(bufferWriter);
        return bufferWriter.WrittenCount;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Feed")]
    public int Feed_Limit_Utf8GetBytes() => Encoding.UTF8.GetBytes(feedText, byteBuffer);

    [Benchmark, BenchmarkCategory("Feed")]
    public int Feed_ArticleGen_TryFormat_Utf8() =>
        feed.TryFormat(byteBuffer.AsSpan(), out int written) ? written : throw new InvalidOperationException("buffer too small");

    [Benchmark, BenchmarkCategory("Feed")]
    public int Feed_ArticleGen_WriteTo()
    {
        bufferWriter.ResetWrittenCount();
        feed.WriteTo(bufferWriter);
        return bufferWriter.WrittenCount;
    }
}
