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

    /// <summary>
    /// Encodes a TextReader's characters to UTF-8 as they are read. A surrogate pair split between two reads is
    /// kept whole; a lone surrogate has no UTF-8 form, so the text before it is handed on first and reading then
    /// fails there (an error of the story that holds it), never replacing it.
    /// </summary>
    internal sealed class TextFeedSource : FeedSource
    {
        private readonly TextReader _reader;
        private readonly bool _owned;
        private readonly Encoder _encoder = new UTF8Encoding(false, true).GetEncoder();
        private readonly char[] _chars = new char[4096];
        private int _charStart;
        private int _charEnd;
        private bool _ended;

        public TextFeedSource(TextReader reader, bool owned)
        {
            _reader = reader;
            _owned = owned;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (true)
            {
                int written = TryEncode(buffer, offset, count, out bool needMore);
                if (!needMore)
                {
                    return written;
                }

                int carried = Carry();
                Refilled(carried, _reader.Read(_chars, carried, _chars.Length - carried));
            }
        }

        public override async ValueTask<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            while (true)
            {
                int written = TryEncode(buffer, offset, count, out bool needMore);
                if (!needMore)
                {
                    return written;
                }

                cancellationToken.ThrowIfCancellationRequested();
                int carried = Carry();
                Refilled(carried, await _reader.ReadAsync(_chars, carried, _chars.Length - carried).ConfigureAwait(false));
            }
        }

        /// <summary>Moves what is left (at most a high surrogate waiting for its pair) to the front.</summary>
        private int Carry()
        {
            int carried = _charEnd - _charStart;
            Array.Copy(_chars, _charStart, _chars, 0, carried);
            _charStart = 0;
            _charEnd = carried;
            return carried;
        }

        private void Refilled(int carried, int read)
        {
            if (read <= 0)
            {
                _ended = true;
            }
            else
            {
                _charEnd = carried + read;
            }
        }

        private int TryEncode(byte[] buffer, int offset, int count, out bool needMore)
        {
            needMore = false;
            int limit = _charEnd;
            if (!_ended && limit > _charStart && char.IsHighSurrogate(_chars[limit - 1]))
            {
                limit--; // its pair may come with the next read
            }

            if (limit == _charStart)
            {
                needMore = !_ended;
                if (_ended && _charEnd > _charStart)
                {
                    throw LoneSurrogate(_chars[_charStart]);
                }

                return 0;
            }

            int lone = FirstLoneSurrogate(limit);
            if (lone == _charStart)
            {
                throw LoneSurrogate(_chars[lone]);
            }

            if (lone > 0)
            {
                limit = lone;
            }

            _encoder.Convert(_chars, _charStart, limit - _charStart, buffer, offset, count, true, out int used, out int written, out _);
            _charStart += used;
            return written;
        }

        private int FirstLoneSurrogate(int limit)
        {
            for (int i = _charStart; i < limit; i++)
            {
                char c = _chars[i];
                if (c < '\uD800' || c > '\uDFFF')
                {
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(_chars[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            return -1;
        }

        private static EncoderFallbackException LoneSurrogate(char c)
            => new EncoderFallbackException("a lone surrogate (U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ") has no UTF-8 form");

        public override void Dispose()
        {
            if (_owned)
            {
                _reader.Dispose();
            }
        }
    }
}
