using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArticleGen;

namespace WireIngest;

/// <summary>A story that did not read: where, and why.</summary>
public sealed record IngestFailure(string File, int Story, int Line, int Column, string Message, string Detail)
{
    public override string ToString() => $"{File}:{Story}:{Line}:{Column}: {Message}";
}

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport(int Files, long Stories, long Bytes, TimeSpan Elapsed, int Cores, IReadOnlyList<IngestFailure> Failures)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>Live counters, read by the progress display while workers add to them.</summary>
public sealed class IngestProgress
{
    private long _bytes;
    private long _stories;
    private int _files;
    private int _errors;

    public long Bytes => Interlocked.Read(ref _bytes);

    public long Stories => Interlocked.Read(ref _stories);

    public int Files => Volatile.Read(ref _files);

    public int Errors => Volatile.Read(ref _errors);

    internal void AddBytes(int count) => Interlocked.Add(ref _bytes, count);

    internal void AddStory() => Interlocked.Increment(ref _stories);

    internal void AddError() => Interlocked.Increment(ref _errors);

    internal void AddFile() => Interlocked.Increment(ref _files);
}

/// <summary>One file's stories as JSON Lines (buffered, handed to the shared output in large pieces) and its failures.</summary>
public sealed class FileSink(string file, IngestProgress progress, Action<ReadOnlySpan<byte>>? output)
{
    private const int FlushSize = 1 << 20;
    private readonly ArrayBufferWriter<byte> _buffer = new(output is null ? 1 : 64 * 1024);
    private Utf8JsonWriter? _writer;

    public int Stories { get; private set; }

    public List<IngestFailure> Failures { get; } = [];

    public void Story<T>(T story, JsonTypeInfo<T> json, string layout)
    {
        Stories++;
        progress.AddStory();
        if (output is null)
        {
            return;
        }

        _writer ??= new Utf8JsonWriter(_buffer);
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _writer.WriteString("file", file);
        _writer.WriteNumber("story", Stories + Failures.Count);
        _writer.WriteString("layout", layout);
        _writer.WritePropertyName("record");
        JsonSerializer.Serialize(_writer, story, json);
        _writer.WriteEndObject();
        _writer.Flush();
        _buffer.Write("\n"u8);
        if (_buffer.WrittenCount >= FlushSize)
        {
            Flush();
        }
    }

    public void Failed(ArticleFeedException error)
    {
        progress.AddError();
        string detail = error.Message;
        string message = detail;
        if (message.StartsWith("Story ", StringComparison.Ordinal) && message.IndexOf(": ", StringComparison.Ordinal) is int colon and > 0)
        {
            message = message[(colon + 2)..]; // the place is in the file:story:line:column prefix
        }

        int newline = message.IndexOf('\n');
        Failures.Add(new IngestFailure(file, error.StoryNumber, error.Line, error.Column, newline < 0 ? message : message[..newline], detail));
    }

    public void Flush()
    {
        if (_buffer.WrittenCount > 0)
        {
            output?.Invoke(_buffer.WrittenSpan);
            _buffer.Clear();
        }
    }
}

/// <summary>Reads files in parallel, one feed per file, each on one core.</summary>
public static class Ingest
{
    /// <summary>The files to read under <paramref name="paths"/>, each with its layout: the one given, or the one a folder is named after.</summary>
    public static List<(string File, IIngestLayout Layout)> FindFiles(IEnumerable<string> paths, IIngestLayout? layout)
    {
        var files = new List<(string, IIngestLayout)>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add((path, layout ?? LayoutOf(path) ?? throw new ArgumentException($"{path}: no --layout given, and its folder is not named after one")));
                continue;
            }

            if (!Directory.Exists(path))
            {
                throw new ArgumentException($"{path}: no such file or folder");
            }

            foreach (string file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                IIngestLayout? chosen = layout ?? LayoutOf(file);
                if (chosen is not null)
                {
                    files.Add((file, chosen));
                }
            }
        }

        return files;
    }

    private static IIngestLayout? LayoutOf(string file) => IngestLayouts.Find(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? string.Empty);

    public static IngestReport Run(IReadOnlyList<(string File, IIngestLayout Layout)> files, int cores, Stream? jsonLines, IngestProgress progress, Func<string, string>? display = null)
    {
        var failures = new List<IngestFailure>();
        var outputLock = new object();
        Action<ReadOnlySpan<byte>>? output = jsonLines is null ? null : bytes =>
        {
            lock (outputLock)
            {
                jsonLines.Write(bytes);
            }
        };

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = cores }, job =>
        {
            string name = display?.Invoke(job.File) ?? job.File;
            var sink = new FileSink(name, progress, output);
            using (var stream = new CountingStream(new FileStream(job.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), progress))
            {
                try
                {
                    job.Layout.ReadFile(stream, sink);
                }
                catch (ArticleFeedException e)
                {
                    // Only a missing header or a story longer than MaxStoryLength stops a skipping reader: the rest of the file is lost.
                    sink.Failed(e);
                }
            }

            sink.Flush();
            lock (failures)
            {
                failures.AddRange(sink.Failures);
            }

            progress.AddFile();
        });

        jsonLines?.Flush();
        failures.Sort((a, b) => (string.CompareOrdinal(a.File, b.File), a.Story.CompareTo(b.Story)) switch { (0, int s) => s, (int f, _) => f });
        return new IngestReport(files.Count, progress.Stories, progress.Bytes, clock.Elapsed, cores, failures);
    }

    /// <summary>Counts the bytes read, for the live MB/s.</summary>
    private sealed class CountingStream(Stream inner, IngestProgress progress) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            progress.AddBytes(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            int read = inner.Read(buffer);
            progress.AddBytes(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
