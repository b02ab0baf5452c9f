using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ArticleGen.Benchmarks;

/// <summary>The feeds the feed benchmarks read: about 100 MB of 2 KB AP stories, each ending with (END).</summary>
public static class FeedInputs
{
    public const int TargetBytes = 100 * 1024 * 1024;

    /// <summary>AP stories of about 2 KB, varied by headline number and paragraph order, back to back.</summary>
    public static (byte[] Feed, int[] Starts) Build(int targetBytes = TargetBytes)
    {
        var (story, _) = StoryInputs.Ap();
        var feed = new MemoryStream(targetBytes + 4096);
        var starts = new List<int>();
        var one = new System.Buffers.ArrayBufferWriter<byte>(4096);
        for (int i = 0; feed.Length < targetBytes; i++)
        {
            var body = story.Body.Skip(i % story.Body.Count).Concat(story.Body.Take(i % story.Body.Count)).ToArray();
            var variant = story with { Headline = story.Headline + " (" + i + ")", Body = body };
            one.Clear();
            variant.WriteTo(one);
            starts.Add((int)feed.Length);
            feed.Write(one.WrittenSpan);
        }

        starts.Add((int)feed.Length);
        return (feed.ToArray(), starts.ToArray());
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long WriteFeedFile(string path, out int stories)
    {
        (byte[] feed, int[] starts) = Build();
        File.WriteAllBytes(path, feed);
        stories = starts.Length - 1;
        return feed.Length;
    }

    /// <summary>
    /// Peak memory of reading a 100 MB feed file (run in a fresh process by <c>-- --feed-memory</c>): the process's
    /// peak working set and the largest managed heap seen after a collection, before and while reading.
    /// </summary>
    public static int MeasureMemory()
    {
        string path = Path.Combine(Path.GetTempPath(), "articlegen-feed-" + Environment.ProcessId + ".txt");
        long feedBytes = WriteFeedFile(path, out int expected);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long workingSetBefore = process.WorkingSet64;
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long heapPeak = 0;
        int stories = 0;
        var clock = Stopwatch.StartNew();
        foreach (ApStory story in ApStory.ReadFeedFile(path))
        {
            if (++stories % 2000 == 0)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        clock.Stop();
        process.Refresh();
        File.Delete(path);
        Console.WriteLine($"feed: {feedBytes:N0} bytes, {stories:N0} stories (expected {expected:N0}), read in {clock.Elapsed.TotalSeconds:F2} s with heap sampling");
        Console.WriteLine($"managed heap after full GC: {heapBefore / 1024.0:N0} KiB before reading, at most {heapPeak / 1024.0:N0} KiB while reading ({(heapPeak - heapBefore) / 1024.0:N0} KiB more)");
        Console.WriteLine($"working set: {workingSetBefore / 1048576.0:N1} MiB before reading, {process.WorkingSet64 / 1048576.0:N1} MiB after; process peak {process.PeakWorkingSet64 / 1048576.0:N1} MiB (the peak includes building the 100 MB feed before writing it to disk)");
        return stories == expected ? 0 : 1;
    }
}

/// <summary>
/// Reading a 100 MB feed of 2 KB stories on one core, against the limit of reading the same bytes from the same
/// stream. Each operation is one pass over the whole feed, so the job measures a few long operations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FeedReadBenchmarks
{
    private byte[] feed = null!;
    private int[] starts = null!;
    private readonly byte[] readBuffer = new byte[64 * 1024];
    private readonly char[] charBuffer = new char[64 * 1024];

    [GlobalSetup]
    public void Setup()
    {
        (feed, starts) = FeedInputs.Build();
        int stories = starts.Length - 1;
        Check(ReadFeed_Stream(), stories, nameof(ReadFeed_Stream));
        Check(ReadFeed_Memory(), stories, nameof(ReadFeed_Memory));
        Check(ReadFeedAsync_Stream().GetAwaiter().GetResult(), stories, nameof(ReadFeedAsync_Stream));
        Check(Parse_PreSplit(), stories, nameof(Parse_PreSplit));
        if (ApStory.ReadFeed(feed.AsMemory()).First() != ApStory.Parse(feed.AsSpan(0, starts[1])))
        {
            throw new InvalidOperationException("The feed's first story differs from Parse of its text.");
        }
    }

    private static void Check(long got, int expected, string name)
    {
        if (got != expected)
        {
            throw new InvalidOperationException($"{name} read {got} stories, expected {expected}.");
        }
    }

    /// <summary>The limit: the same bytes read from the same kind of stream into a 64 KB buffer.</summary>
    [Benchmark(Baseline = true)]
    public long Limit_ReadStream()
    {
        using var stream = new MemoryStream(feed, writable: false);
        long total = 0;
        int read;
        while ((read = stream.Read(readBuffer, 0, readBuffer.Length)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Reading the stream and decoding its UTF-8 into a reused char buffer: the least a text parser does.</summary>
    [Benchmark]
    public long Limit_ReadStream_Decode()
    {
        using var stream = new MemoryStream(feed, writable: false);
        Decoder decoder = Encoding.UTF8.GetDecoder();
        long chars = 0;
        int read;
        while ((read = stream.Read(readBuffer, 0, readBuffer.Length)) > 0)
        {
            chars += decoder.GetChars(readBuffer, 0, read, charBuffer, 0, flush: false);
        }

        return chars;
    }

    [Benchmark]
    public long ReadFeed_Stream()
    {
        long count = 0;
        foreach (ApStory story in ApStory.ReadFeed(new MemoryStream(feed, writable: false)))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public long ReadFeed_Memory()
    {
        long count = 0;
        foreach (ApStory story in ApStory.ReadFeed(feed.AsMemory()))
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public async Task<long> ReadFeedAsync_Stream()
    {
        long count = 0;
        await foreach (ApStory story in ApStory.ReadFeedAsync(new MemoryStream(feed, writable: false)))
        {
            count++;
        }

        return count;
    }

    /// <summary>Parse of every story from offsets found beforehand: what reading the feed costs without splitting it.</summary>
    [Benchmark]
    public long Parse_PreSplit()
    {
        long count = 0;
        for (int i = 0; i + 1 < starts.Length; i++)
        {
            ApStory.Parse(feed.AsSpan(starts[i], starts[i + 1] - starts[i]));
            count++;
        }

        return count;
    }
}

/// <summary>The WireIngest tool's core on 1 and 2 cores: 16 AP feed files of about 4 MB each (64 MB), summary and JSON Lines.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IngestBenchmarks
{
    private const int FileCount = 16;
    private string folder = null!;
    private List<(string File, WireIngest.IIngestLayout Layout)> files = null!;

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "articlegen-ingest-" + Environment.ProcessId, "ap");
        Directory.CreateDirectory(folder);
        (byte[] feed, _) = FeedInputs.Build(4 * 1024 * 1024);
        for (int i = 0; i < FileCount; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"feed-{i:D2}.txt"), feed);
        }

        files = WireIngest.Ingest.FindFiles([folder], null);
        WireIngest.IngestReport report = Ingest_Summary();
        if (report.Failures.Count != 0 || report.Files != FileCount || report.Bytes != (long)feed.Length * FileCount)
        {
            throw new InvalidOperationException($"Ingest read {report.Files} files, {report.Bytes} bytes, {report.Failures.Count} failures.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    [Benchmark]
    public WireIngest.IngestReport Ingest_Summary() => WireIngest.Ingest.Run(files, Cores, null, new WireIngest.IngestProgress());

    [Benchmark]
    public WireIngest.IngestReport Ingest_JsonLines() => WireIngest.Ingest.Run(files, Cores, Stream.Null, new WireIngest.IngestProgress());
}
