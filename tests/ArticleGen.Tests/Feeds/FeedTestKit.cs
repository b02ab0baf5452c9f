using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace ArticleGen.Tests.Feeds;

/// <summary>Hand-written feeds and the records they hold, and streams that deliver bytes in awkward pieces.</summary>
internal static class FeedTestKit
{
    public const string Story1 = "Port reopens after storm\nBy Mara Quill\n\nThe harbor reopened on Tuesday.\n\nFerries resumed at noon.\n\n(END)\n";
    public const string Story2 = "Library adds night hours\nBy Teo Brandt\n\nThe city library will stay open until midnight.\n\n(END)\n";
    public const string Story3 = "Rail line gets new cars\nBy Ines Okafor\n\nTwelve new cars arrive in May.\n\nThey seat 80 people each.\n\nTesting starts in June.\n\n(END)\n";

    public static readonly EndStory Record1 = new("Port reopens after storm", "Mara Quill", ["The harbor reopened on Tuesday.", "Ferries resumed at noon."]);
    public static readonly EndStory Record2 = new("Library adds night hours", "Teo Brandt", ["The city library will stay open until midnight."]);
    public static readonly EndStory Record3 = new("Rail line gets new cars", "Ines Okafor", ["Twelve new cars arrive in May.", "They seat 80 people each.", "Testing starts in June."]);

    public const string Feed = Story1 + Story2 + Story3;

    public static readonly EndStory[] Records = [Record1, Record2, Record3];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Crlf(string text) => text.Replace("\n", "\r\n");

    public static List<T> Collect<T>(IEnumerable<T> stories) => stories.ToList();

    public static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> stories, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (T story in stories.WithCancellation(cancellationToken))
        {
            list.Add(story);
        }

        return list;
    }

    public static PipeReader Pipe(byte[] bytes, int segment)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        for (int i = 0; i < bytes.Length; i += segment)
        {
            int n = Math.Min(segment, bytes.Length - i);
            pipe.Writer.Write(bytes.AsSpan(i, n));
            pipe.Writer.FlushAsync().AsTask().GetAwaiter().GetResult();
        }

        pipe.Writer.Complete();
        return pipe.Reader;
    }
}

/// <summary>A read-only stream that hands out at most a few bytes per read (and a first read of a chosen length).</summary>
internal sealed class TrickleStream(byte[] data, int chunk, int first = -1) : Stream
{
    private int _position;

    public int Reads { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int limit = Reads++ == 0 && first >= 0 ? first : chunk;
        int n = Math.Min(Math.Min(count, limit), data.Length - _position);
        if (n == 0 && _position < data.Length)
        {
            n = Math.Min(count, data.Length - _position); // a first read of 0 bytes would mean the end
        }

        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
