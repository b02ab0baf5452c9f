using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// The record of one pass over a text: for each capture its start and length, for each optional group
    /// 1 or 0, for each list its item count. The generated scanner writes it, the generated materializer
    /// reads it back to build values, and the generated formatter writes the tape of what it wrote so that a
    /// second scan of the output can be checked against it (<see cref="ForVerification"/>): that check is
    /// how <c>Format</c> knows its text reads back the same.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct ParseTape
    {
        private Span<int> _items;
        private int[]? _rented;
        private int _count;
        private int _readIndex;
        private readonly ReadOnlySpan<int> _expected;
        private readonly bool _verifying;
        private readonly int _paddingStart;

        /// <summary>A recording tape that starts in <paramref name="initial"/> (often stack memory) and grows into pooled arrays.</summary>
        public ParseTape(Span<int> initial)
        {
            _items = initial;
            _rented = null;
            _count = 0;
            _readIndex = 0;
            _expected = default;
            _verifying = false;
            _paddingStart = 0;
        }

        private ParseTape(ReadOnlySpan<int> expected, int paddingStart)
        {
            _items = default;
            _rented = null;
            _count = 0;
            _readIndex = 0;
            _expected = expected;
            _verifying = true;
            _paddingStart = paddingStart;
        }

        /// <summary>
        /// A tape that records nothing and instead compares every entry with <paramref name="expected"/>. Text from
        /// <paramref name="paddingStart"/> on is a document's padding: an empty value written there is read at that
        /// point, where the padding starts.
        /// </summary>
        public static ParseTape ForVerification(ReadOnlySpan<int> expected, int paddingStart) => new ParseTape(expected, paddingStart);

        /// <summary>The entries written so far.</summary>
        public readonly ReadOnlySpan<int> Written => _items.Slice(0, _count);

        /// <summary>When verifying: whether every expected entry was matched.</summary>
        public readonly bool IsComplete => _count == _expected.Length;

        /// <summary>Appends an entry; when verifying, returns false if it differs from the expected one.</summary>
        public bool Add(int value)
        {
            if (_verifying)
            {
                return _count < _expected.Length && _expected[_count++] == value;
            }

            if (_count == _items.Length)
            {
                Grow();
            }

            _items[_count++] = value;
            return true;
        }

        /// <summary>Appends a capture's start and length; when verifying, returns false if they differ from the expected ones.</summary>
        public bool AddSpan(int start, int length)
        {
            if (!_verifying)
            {
                // One room check for both entries: a list records a span per item, and this is its hot path.
                if (_count + 2 > _items.Length)
                {
                    Grow();
                }

                _items[_count] = start;
                _items[_count + 1] = length;
                _count += 2;
                return true;
            }

            if (_count + 2 > _expected.Length)
            {
                _count = _expected.Length + 1;
                return false;
            }

            int expectedStart = _expected[_count];
            int expectedLength = _expected[_count + 1];
            _count += 2;
            return expectedLength == length
                && (expectedStart == start || (length == 0 && start == _paddingStart && expectedStart >= _paddingStart));
        }

        /// <summary>Reserves an entry to be set later (a list's count); returns its index.</summary>
        public int Reserve()
        {
            if (_verifying)
            {
                return _count < _expected.Length ? _count++ : -1;
            }

            Add(0);
            return _count - 1;
        }

        /// <summary>Sets a reserved entry; when verifying, returns false if it differs from the expected one.</summary>
        public bool Set(int index, int value)
        {
            if (_verifying)
            {
                return index >= 0 && _expected[index] == value;
            }

            _items[index] = value;
            return true;
        }

        /// <summary>Reads the next entry (materializer).</summary>
        public int Read() => _items[_readIndex++];

        /// <summary>Returns pooled memory.</summary>
        public void Dispose()
        {
            int[]? rented = _rented;
            if (rented is not null)
            {
                _rented = null;
                _items = default;
                LargeArrays.Return(rented);
            }
        }

        /// <summary>
        /// A tape outgrows its (stack) storage only for a long list, two entries an item: the first pooled array is
        /// sized for a few hundred items, so a story of a hundred paragraphs rents once, not once per doubling.
        /// </summary>
        private void Grow()
        {
            int[] larger = LargeArrays.Rent<int>(Math.Max(1024, _items.Length * 2));
            _items.Slice(0, _count).CopyTo(larger);
            if (_rented is not null)
            {
                LargeArrays.Return(_rented);
            }

            _rented = larger;
            _items = larger;
        }
    }
}
