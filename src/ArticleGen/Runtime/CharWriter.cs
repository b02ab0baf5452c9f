using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// Appends to a caller's span. Running out of room is not an exception: the writer remembers it, ignores
    /// further writes, and the generated <c>TryFormat</c> returns false.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct CharWriter
    {
        private readonly Span<char> _destination;

        /// <summary>Writes into <paramref name="destination"/>.</summary>
        public CharWriter(Span<char> destination)
        {
            _destination = destination;
            Position = 0;
            Overflowed = false;
        }

        /// <summary>Characters written so far.</summary>
        public int Position;

        /// <summary>Whether a write did not fit.</summary>
        public bool Overflowed;

        /// <summary>The room left.</summary>
        public readonly Span<char> Free => Overflowed ? default : _destination.Slice(Position);

        /// <summary>What has been written.</summary>
        public readonly ReadOnlySpan<char> Written => _destination.Slice(0, Position);

        /// <summary>Appends text.</summary>
        public void Write(ReadOnlySpan<char> text)
        {
            if (!Overflowed && text.TryCopyTo(_destination.Slice(Position)))
            {
                Position += text.Length;
            }
            else
            {
                Overflowed = true;
            }
        }

        /// <summary>Appends text given as a string (null writes nothing).</summary>
        public void Write(string? text) => Write(text.AsSpan());

        /// <summary>Records the outcome of a write made directly into <see cref="Free"/>.</summary>
        public void Advance(bool fitted, int written)
        {
            if (fitted && !Overflowed)
            {
                Position += written;
            }
            else
            {
                Overflowed = true;
            }
        }
    }
}
