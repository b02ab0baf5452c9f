using System;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Runtime.InteropServices;
#endif
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// What one value of a layout must not hold for a formatter to know, without reading its output back, that
    /// the value reads back as itself. Built once per value at compile time from the layout; see
    /// <see cref="FormatChecks"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ValueCheck
    {
#if NET8_0_OR_GREATER
        private readonly SearchValues<char> _stops;
        private readonly SearchValues<char> _leading;

        // The same check on UTF-8 output: each character as the first byte of its UTF-8 form. A non-ASCII stop becomes
        // its lead byte, which other characters share: that only stops the search more often, and the exact comparison
        // with the end literals (as bytes) follows. A non-ASCII leading character likewise refuses a little more.
        private readonly SearchValues<byte> _stopBytes;
        private readonly SearchValues<byte> _leadingBytes;
        private readonly byte[][] _endBytes;
#else
        private readonly string _stops;
        private readonly string _leading;
#endif
        private readonly string[] _ends;

        /// <summary>
        /// <paramref name="stops"/>: the characters where the value could end or split (the first characters of
        /// <paramref name="ends"/>, a line break, a carriage return); <paramref name="ends"/>: the literals that end
        /// it when they start inside it; <paramref name="leading"/>: the characters it must not start with (they
        /// would continue a literal the reader tests just before it).
        /// </summary>
        public ValueCheck(string stops, string[] ends, string leading)
        {
#if NET8_0_OR_GREATER
            _stops = SearchValues.Create(stops);
            _leading = SearchValues.Create(leading);
            _stopBytes = SearchValues.Create(LeadBytes(stops));
            _leadingBytes = SearchValues.Create(LeadBytes(leading));
            _endBytes = Array.ConvertAll(ends, System.Text.Encoding.UTF8.GetBytes);
#else
            _stops = stops;
            _leading = leading;
#endif
            _ends = ends;
        }

        /// <summary>A value the quick check cannot decide: the exact re-scan always does.</summary>
        public static ValueCheck Undecidable { get; } = new ValueCheck(string.Empty, Array.Empty<string>(), string.Empty) { IsUndecidable = true };

        internal bool IsUndecidable { get; private set; }

        /// <summary>-2: cannot decide; -1: no stop in the value; else the first stop that needs the written text after it.</summary>
        internal int FirstStop<T>(ReadOnlySpan<T> value)
            where T : unmanaged, IEquatable<T>
        {
            if (IsUndecidable || value.Length == 0 || StartsWithLeading(value[0]))
            {
                return -2;
            }

            int at = IndexOfStop(value);
            return at < 0 ? -1 : IsLineBreak(value[at]) ? -2 : at;
        }

        /// <summary>Whether, from <paramref name="at"/> up to <paramref name="end"/>, no literal that ends the value starts.</summary>
        internal bool NoEndBefore<T>(ReadOnlySpan<T> written, int at, int end)
            where T : unmanaged, IEquatable<T>
        {
            while (true)
            {
                if (IsLineBreak(written[at]))
                {
                    return false;
                }

                for (int i = 0; i < _ends.Length; i++)
                {
                    // As a reader tests it (in a document, line breaks at the end of the literal may lie in the padding).
                    if (ArticleText.AtOrPadding(written, at, End<T>(i)))
                    {
                        return false;
                    }
                }

                at++;
                if (at >= end)
                {
                    return true;
                }

                int next = IndexOfStop(written.Slice(at, end - at));
                if (next < 0)
                {
                    return true;
                }

                at += next;
            }
        }

        private static bool IsLineBreak<T>(T unit)
            where T : unmanaged, IEquatable<T>
            => unit.Equals(CodeUnit<T>.LineFeed) || unit.Equals(CodeUnit<T>.CarriageReturn);

        // Each is specialized per code unit by the JIT: the typeof test is a constant, the casts reinterpret in place
        // (Unsafe.As rather than a cast through object, which unoptimized code may box, and TryFormat must allocate nothing).
#if NET8_0_OR_GREATER
        private int IndexOfStop<T>(ReadOnlySpan<T> value)
            where T : unmanaged
            => typeof(T) == typeof(byte)
                ? MemoryMarshal.Cast<T, byte>(value).IndexOfAny(_stopBytes)
                : MemoryMarshal.Cast<T, char>(value).IndexOfAny(_stops);

        private bool StartsWithLeading<T>(T first)
            where T : unmanaged
            => typeof(T) == typeof(byte) ? _leadingBytes.Contains(System.Runtime.CompilerServices.Unsafe.As<T, byte>(ref first)) : _leading.Contains(System.Runtime.CompilerServices.Unsafe.As<T, char>(ref first));

        private ReadOnlySpan<T> End<T>(int index)
            where T : unmanaged
            => typeof(T) == typeof(byte)
                ? MemoryMarshal.Cast<byte, T>(_endBytes[index])
                : MemoryMarshal.Cast<char, T>(_ends[index].AsSpan());

        /// <summary>The first byte of each character's UTF-8 form (any of F0-F4 for half of a surrogate pair).</summary>
        private static byte[] LeadBytes(string chars)
        {
            var bytes = new System.Collections.Generic.SortedSet<byte>();
            Span<byte> utf8 = stackalloc byte[3];
            foreach (char c in chars)
            {
                if (char.IsSurrogate(c))
                {
                    bytes.UnionWith(new byte[] { 0xF0, 0xF1, 0xF2, 0xF3, 0xF4 });
                }
                else
                {
                    System.Text.Encoding.UTF8.GetBytes(new ReadOnlySpan<char>(in c), utf8);
                    bytes.Add(utf8[0]);
                }
            }

            return System.Linq.Enumerable.ToArray(bytes);
        }
#else
        // Only text is checked here: the UTF-8 formatters need .NET 8.
        private int IndexOfStop<T>(ReadOnlySpan<T> value)
            where T : unmanaged
            => System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(value).IndexOfAny(_stops.AsSpan());

        private bool StartsWithLeading<T>(T first)
            where T : unmanaged
            => _leading.IndexOf((char)(object)first) >= 0;

        private ReadOnlySpan<T> End<T>(int index)
            where T : unmanaged
            => System.Runtime.InteropServices.MemoryMarshal.Cast<char, T>(_ends[index].AsSpan());
#endif
    }

    /// <summary>
    /// The quick "would it read back the same" decision of a formatter, one value at a time: a value that starts
    /// with nothing a literal before it could continue, holds no line break or carriage return, and in which no
    /// literal that could end it starts, is read back as written. A value the check cannot decide (empty, or
    /// holding one of those) leaves the decision to the exact re-scan of the output, which stays the rule.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct FormatChecks
    {
        private readonly Span<int> _pending;
        private int _count;
        private bool _undecided;

        /// <summary>Checks whose stops need the text written after the value wait in <paramref name="pending"/> (three ints each).</summary>
        public FormatChecks(Span<int> pending)
        {
            _pending = pending;
            _count = 0;
            _undecided = false;
        }

        /// <summary>Whether some value (or the shape of the output) left the decision to the exact re-scan.</summary>
        public readonly bool Undecided => _undecided;

        /// <summary>Leaves the decision to the exact re-scan (an empty list, a list read with look-ahead).</summary>
        public void Undecide() => _undecided = true;

        /// <summary>Checks the value just written: from <paramref name="start"/> to the end of <paramref name="written"/>.</summary>
        public void Value(ReadOnlySpan<char> written, int start, ValueCheck[] checks, int index) => CheckValue(written, start, checks, index);

        /// <summary>
        /// After everything is written: true when every value is known to read back as written in
        /// <paramref name="written"/>; false when the exact re-scan must decide.
        /// </summary>
        public readonly bool ReadBack(ReadOnlySpan<char> written, ValueCheck[] checks) => AllReadBack(written, checks);

#if NET8_0_OR_GREATER
        /// <summary>Checks the value just written as UTF-8 (positions are byte offsets).</summary>
        public void Value(ReadOnlySpan<byte> written, int start, ValueCheck[] checks, int index) => CheckValue(written, start, checks, index);

        /// <summary>As <see cref="ReadBack(ReadOnlySpan{char}, ValueCheck[])"/>, for UTF-8 output.</summary>
        public readonly bool ReadBack(ReadOnlySpan<byte> written, ValueCheck[] checks) => AllReadBack(written, checks);
#endif

        private void CheckValue<T>(ReadOnlySpan<T> written, int start, ValueCheck[] checks, int index)
            where T : unmanaged, IEquatable<T>
        {
            if (_undecided)
            {
                return;
            }

            int at = checks[index].FirstStop(written.Slice(start));
            if (at == -1)
            {
                return;
            }

            if (at == -2 || _count + 3 > _pending.Length)
            {
                _undecided = true;
                return;
            }

            _pending[_count] = start + at;
            _pending[_count + 1] = written.Length;
            _pending[_count + 2] = index;
            _count += 3;
        }

        private readonly bool AllReadBack<T>(ReadOnlySpan<T> written, ValueCheck[] checks)
            where T : unmanaged, IEquatable<T>
        {
            // What a reader scans: a document's padding (its final line break) is cut off first.
            ReadOnlySpan<T> text = ArticleText.WithoutPadding(written);
            FormatCheckProbe? probe = FormatCheckProbe.Current;
            if (_undecided || (probe is not null && probe.ExactOnly))
            {
                return false;
            }

            for (int i = 0; i < _count; i += 3)
            {
                int end = _pending[i + 1];
                if (end > text.Length || !checks[_pending[i + 2]].NoEndBefore(text, _pending[i], end))
                {
                    return false;
                }
            }

            if (probe is not null)
            {
                probe.DecidedQuickly++;
            }

            return true;
        }
    }

    /// <summary>For the tests (one per thread): turns the quick checks off, and counts the outputs they decided.</summary>
    internal sealed class FormatCheckProbe
    {
        [ThreadStatic]
        internal static FormatCheckProbe? Current;

        /// <summary>Every decision goes to the exact re-scan, as before the quick checks.</summary>
        internal bool ExactOnly;

        /// <summary>Outputs accepted by the quick checks alone.</summary>
        internal long DecidedQuickly;
    }
}
