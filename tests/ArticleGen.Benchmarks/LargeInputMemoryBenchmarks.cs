using System.Runtime;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks;

/// <summary>
/// Peak and retained memory of one parse of a 100 MB Yonhap story (the 1 MB story's paragraphs repeated, CRLF
/// line ends so normalization has work to do, and once with LF line ends), from UTF-8 and from a string. The <c>Allocated</c> column is the
/// peak above what the caller already holds (everything a parse allocates is alive when it returns: the text
/// buffer until the values are built, the values after); the retained memory (what is still held after the
/// result is dropped and a compacting collection, the pools included) is printed by the global cleanup as
/// "// Retained after ..." in the log. Run it with a short job: each operation parses 100 MB.
/// <code>dotnet run -c Release --project tests/ArticleGen.Benchmarks -- --filter '*LargeInputMemory*' --job short</code>
/// </summary>
[MemoryDiagnoser]
public class LargeInputMemoryBenchmarks
{
    private const int TargetBytes = 100 * 1000 * 1000;

    private byte[] utf8 = null!;
    private byte[] utf8Lf = null!;
    private string text = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (story, _) = StoryInputs.Yonhap(StorySize.Huge1MB);
        var body = new List<string>();
        long length = 0;
        while (length < TargetBytes)
        {
            foreach (string paragraph in story.Body)
            {
                body.Add(paragraph);
                length += paragraph.Length + 4;
            }
        }

        text = (story with { Body = body }).Format().Replace("\n", "\r\n", StringComparison.Ordinal);
        utf8 = Encoding.UTF8.GetBytes(text);
        utf8Lf = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (YonhapStory.Parse(utf8).Body.Count != body.Count || YonhapStory.Parse(utf8Lf).Body.Count != body.Count || YonhapStory.Parse(text).Body.Count != body.Count)
        {
            throw new InvalidOperationException("The 100 MB story does not read back with all its paragraphs.");
        }
    }

    [Benchmark(Description = "Parse(UTF-8), 100 MB")]
    public int ParseUtf8() => YonhapStory.Parse(utf8).Body.Count;

    /// <summary>The same story with LF line ends: the bytes are read where they lie, nothing is copied but the values.</summary>
    [Benchmark(Description = "Parse(UTF-8, LF), 100 MB")]
    public int ParseUtf8Lf() => YonhapStory.Parse(utf8Lf).Body.Count;

    [Benchmark(Description = "Parse(string), 100 MB")]
    public int ParseString() => YonhapStory.Parse(text).Body.Count;

    /// <summary>One more parse of each kind, each between two compacting collections: what stays is what a parse retains.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach ((string name, Func<int> parse) in new (string, Func<int>)[] { ("UTF-8", ParseUtf8), ("UTF-8, LF", ParseUtf8Lf), ("string", ParseString) })
        {
            long before = HeapAfterCompactingCollection();
            parse();
            long retained = HeapAfterCompactingCollection() - before;
            Console.WriteLine($"// Retained after Parse({name}): {retained / (1024.0 * 1024.0):F1} MiB ({(double)retained / utf8.Length:F3}x the {utf8.Length / 1_000_000} MB input)");
        }
    }

    private static long HeapAfterCompactingCollection()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
