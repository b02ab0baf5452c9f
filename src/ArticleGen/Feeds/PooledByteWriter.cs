using System;
using System.Buffers;

namespace ArticleGen.Feeds
{
    /// <summary>An <see cref="IBufferWriter{T}"/> over one pooled array, reused story after story.</summary>
    internal sealed class PooledByteWriter : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer;
        private int _written;

        public PooledByteWriter(int size) => _buffer = ArrayPool<byte>.Shared.Rent(size);

        public int WrittenCount => _written;

        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        public byte[] Array => _buffer;

        public void Clear() => _written = 0;

        public void Advance(int count)
        {
            if (count < 0 || _written + count > _buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(_written, Ensure(sizeHint));

        public Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(_written, Ensure(sizeHint));

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(GetSpan(bytes.Length));
            _written += bytes.Length;
        }

        private int Ensure(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written < needed)
            {
                long size = Math.Max(_buffer.Length * 2L, (long)_written + needed);
                byte[] grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, 0x7FFFFFC7));
                Buffer.BlockCopy(_buffer, 0, grown, 0, _written);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = grown;
            }

            return _buffer.Length - _written;
        }

        public void Dispose()
        {
            byte[] buffer = _buffer;
            _buffer = System.Array.Empty<byte>();
            _written = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
