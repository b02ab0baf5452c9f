using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ArticleGen.Feeds
{
    /// <summary>Where a feed's bytes come from: read into the splitter's buffer, the one copy a stream read makes anyway.</summary>
    internal abstract class FeedSource : IDisposable
    {
        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract ValueTask<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken);

        public virtual void Dispose()
        {
        }
    }

    internal sealed class StreamFeedSource : FeedSource
    {
        private readonly Stream _stream;
        private readonly bool _owned;

        public StreamFeedSource(Stream stream, bool owned)
        {
            _stream = stream;
            _owned = owned;
        }

        public override int Read(byte[] buffer, int offset, int count) => _stream.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
#if NET8_0_OR_GREATER
            => _stream.ReadAsync(buffer.AsMemory(offset, count), cancellationToken);
#else
            => new ValueTask<int>(_stream.ReadAsync(buffer, offset, count, cancellationToken));
#endif

        public override void Dispose()
        {
            if (_owned)
            {
                _stream.Dispose();
            }
        }
    }

    /// <summary>Copies from the pipe's segments into the feed buffer; the pipe is left for its owner to complete.</summary>
    internal sealed class PipeFeedSource : FeedSource
    {
        private readonly PipeReader _reader;

        public PipeFeedSource(PipeReader reader) => _reader = reader;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("A PipeReader is read asynchronously.");

        public override async ValueTask<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ReadResult result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled)
            {
                throw new OperationCanceledException("The pending read of the PipeReader was canceled.");
            }

            ReadOnlySequence<byte> data = result.Buffer;
            int taken = (int)Math.Min(data.Length, count);
            data.Slice(0, taken).CopyTo(new Span<byte>(buffer, offset, taken));
            _reader.AdvanceTo(data.GetPosition(taken));
            return taken;
        }
    }

    /// <summary>Encodes a TextReader's characters to UTF-8 as they are read; a lone surrogate is an error, never replaced.</summary>
    internal sealed class TextFeedSource : FeedSource
    {
        private readonly TextReader _reader;
        private readonly bool _owned;
        private readonly Encoder _encoder = new UTF8Encoding(false, true).GetEncoder();
        private readonly char[] _chars = new char[4096];
        private int _charStart;
        private int _charEnd;
        private bool _ended;
        private bool _flushed;

        public TextFeedSource(TextReader reader, bool owned)
        {
            _reader = reader;
            _owned = owned;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_charStart == _charEnd && !_ended)
            {
                _charStart = 0;
                _charEnd = _reader.Read(_chars, 0, _chars.Length);
                _ended = _charEnd <= 0;
                _charEnd = Math.Max(_charEnd, 0);
            }

            return Encode(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_charStart == _charEnd && !_ended)
            {
                _charStart = 0;
                _charEnd = await _reader.ReadAsync(_chars, 0, _chars.Length).ConfigureAwait(false);
                _ended = _charEnd <= 0;
                _charEnd = Math.Max(_charEnd, 0);
            }

            return Encode(buffer, offset, count);
        }

        private int Encode(byte[] buffer, int offset, int count)
        {
            if (_ended && _charStart == _charEnd)
            {
                if (_flushed)
                {
                    return 0;
                }

                _flushed = true;
                _encoder.Convert(_chars, 0, 0, buffer, offset, count, true, out _, out int tail, out _);
                return tail;
            }

            _encoder.Convert(_chars, _charStart, _charEnd - _charStart, buffer, offset, count, false, out int used, out int written, out _);
            _charStart += used;
            if (written == 0 && used > 0)
            {
                // A high surrogate waiting for its pair: read on.
                return _ended ? Encode(buffer, offset, count) : (_charStart == _charEnd ? ReadMore(buffer, offset, count) : Encode(buffer, offset, count));
            }

            return written;
        }

        private int ReadMore(byte[] buffer, int offset, int count)
        {
            _charStart = 0;
            _charEnd = _reader.Read(_chars, 0, _chars.Length);
            _ended = _charEnd <= 0;
            _charEnd = Math.Max(_charEnd, 0);
            return Encode(buffer, offset, count);
        }

        public override void Dispose()
        {
            if (_owned)
            {
                _reader.Dispose();
            }
        }
    }
}
