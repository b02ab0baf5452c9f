#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Unicode;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// <see cref="CharWriter"/> for UTF-8: appends to a caller's byte span, and running out of room is remembered,
    /// not thrown. Layout literals come as bytes (<c>"x"u8</c>); text values are encoded as they are appended, so the
    /// formatter writes the bytes in one pass with no intermediate UTF-16 buffer. A lone surrogate (no UTF-8 form)
    /// stops the writer and sets <see cref="Invalid"/>: the caller then says what is wrong with the record.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct Utf8Writer
    {
        private readonly Span<byte> _destination;

        /// <summary>Writes into <paramref name="destination"/>.</summary>
        public Utf8Writer(Span<byte> destination)
        {
            _destination = destination;
            Position = 0;
            Overflowed = false;
            Invalid = false;
        }

        /// <summary>Bytes written so far.</summary>
        public int Position;

        /// <summary>Whether a write did not fit (or a value had no UTF-8 form): nothing more is written.</summary>
        public bool Overflowed;

        /// <summary>Whether a value held a lone surrogate, which has no UTF-8 form (<see cref="Overflowed"/> is set too).</summary>
        public bool Invalid;

        /// <summary>The room left.</summary>
        public readonly Span<byte> Free => Overflowed ? default : _destination.Slice(Position);

        /// <summary>What has been written.</summary>
        public readonly ReadOnlySpan<byte> Written => _destination.Slice(0, Position);

        /// <summary>Appends bytes (a layout literal).</summary>
        public void Write(scoped ReadOnlySpan<byte> utf8)
        {
            if (!Overflowed && utf8.TryCopyTo(_destination.Slice(Position)))
            {
                Position += utf8.Length;
            }
            else
            {
                Overflowed = true;
            }
        }

        /// <summary>Appends text, encoded as UTF-8 (strictly: a lone surrogate sets <see cref="Invalid"/>).</summary>
        public void Write(scoped ReadOnlySpan<char> text)
        {
            if (Overflowed)
            {
                return;
            }

            OperationStatus status = Utf8.FromUtf16(text, _destination.Slice(Position), out _, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                Position += written;
                return;
            }

            Overflowed = true;
            Invalid = status == OperationStatus.InvalidData;
        }

        /// <summary>Appends text given as a string, encoded as UTF-8.</summary>
        public void Write(string text) => Write(text.AsSpan());

        /// <summary>
        /// Records the outcome of a write made directly into <see cref="Free"/>. A nested layout's writer reports a
        /// lone surrogate as <paramref name="written"/> = -1 (see the generated <c>__TryWriteArticleUtf8</c>).
        /// </summary>
        public void Advance(bool fitted, int written)
        {
            if (fitted && !Overflowed)
            {
                Position += written;
            }
            else
            {
                Overflowed = true;
                Invalid |= written < 0;
            }
        }
    }
}
#endif
