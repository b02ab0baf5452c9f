using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// The few searches generated scanners are made of. Each is a bounded, vectorized span search: a
    /// scanner never looks further than the rules of the layout language allow, which keeps parsing linear.
    /// Every search is written once, generic over the code unit: <c>char</c> for text, <c>byte</c> for UTF-8
    /// (where the layout's literals are searched as their UTF-8 bytes: an ASCII byte never occurs inside a
    /// multi-byte sequence, and a lead byte only at the start of one, so a match is always a match of characters).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleText
    {
        /// <summary>The index of the first line feed at or after <paramref name="start"/>, or the text's length.</summary>
        public static int LineEnd<T>(ReadOnlySpan<T> text, int start)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(start).IndexOf(CodeUnit<T>.LineFeed);
            return index < 0 ? text.Length : start + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding <paramref name="c0"/>, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny<T>(ReadOnlySpan<T> text, int from, int stop, T c0)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(from, stop - from).IndexOf(c0);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding either code unit, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny<T>(ReadOnlySpan<T> text, int from, int stop, T c0, T c1)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(from, stop - from).IndexOfAny(c0, c1);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding any of the code units, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny<T>(ReadOnlySpan<T> text, int from, int stop, T c0, T c1, T c2)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(from, stop - from).IndexOfAny(c0, c1, c2);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding any of <paramref name="set"/>, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny<T>(ReadOnlySpan<T> text, int from, int stop, ReadOnlySpan<T> set)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(from, stop - from).IndexOfAny(set);
            return index < 0 ? stop : from + index;
        }

        /// <summary>Whether <paramref name="literal"/> occurs exactly at <paramref name="position"/>.</summary>
        public static bool At<T>(ReadOnlySpan<T> text, int position, ReadOnlySpan<T> literal)
            where T : unmanaged, IEquatable<T>
            => text.Slice(position).StartsWith(literal);

        /// <summary>
        /// A document without its padding: blank lines at the very end of a document (and the last line's own
        /// line break) are not content, so no value can end with them.
        /// </summary>
        public static ReadOnlySpan<T> WithoutPadding<T>(ReadOnlySpan<T> text)
            where T : unmanaged, IEquatable<T>
        {
            int length = text.Length;
            while (length > 0 && text[length - 1].Equals(CodeUnit<T>.LineFeed))
            {
                length--;
            }

            return text.Slice(0, length);
        }

        /// <summary>
        /// In a document (whose padding is already cut off): whether <paramref name="literal"/> occurs at
        /// <paramref name="position"/>, where line breaks it would need past the end of the text count as the
        /// padding that was cut off. So "\n\n" matches at the end of the text, and so does "TAGS\n" at a final "TAGS".
        /// </summary>
        public static bool AtOrPadding<T>(ReadOnlySpan<T> text, int position, ReadOnlySpan<T> literal)
            where T : unmanaged, IEquatable<T>
        {
            ReadOnlySpan<T> rest = text.Slice(position);
            if (rest.StartsWith(literal))
            {
                return true;
            }

            return rest.Length < literal.Length && literal.StartsWith(rest) && IsLineBreaks(literal.Slice(rest.Length)) && !EndsWithCarriageReturn(text);
        }

        /// <summary>A CR right before the padding would make a CRLF of the line break written there: no padding follows it.</summary>
        private static bool EndsWithCarriageReturn<T>(ReadOnlySpan<T> text)
            where T : unmanaged, IEquatable<T>
            => text.Length > 0 && text[text.Length - 1].Equals(CodeUnit<T>.CarriageReturn);

        /// <summary>
        /// The index at or after <paramref name="start"/> where <paramref name="literal"/> is followed by the end
        /// of the text, or -1. In a document the literal's own final line breaks fall in the padding that was cut
        /// off. Only one place can qualify, so this costs O(1) whatever the text's length.
        /// </summary>
        public static int IndexOfAtEnd<T>(ReadOnlySpan<T> text, int start, ReadOnlySpan<T> literal, bool document)
            where T : unmanaged, IEquatable<T>
        {
            if (document)
            {
                // The literal's own final line breaks lie in the padding, cut off as the text's were.
                ReadOnlySpan<T> kept = WithoutPadding(literal);
                if (kept.Length < literal.Length && EndsWithCarriageReturn(text))
                {
                    return -1;
                }

                literal = kept;
            }

            int exact = text.Length - literal.Length;
            return exact >= start && text.Slice(exact).SequenceEqual(literal) ? exact : -1;
        }

        /// <summary>
        /// For an error message: the index just past the last occurrence of <paramref name="literal"/> at or after
        /// <paramref name="start"/>, or -1. Where the layout's last literal is there but more text follows it,
        /// that text is what does not fit.
        /// </summary>
        public static int EndOfLast<T>(ReadOnlySpan<T> text, int start, ReadOnlySpan<T> literal)
            where T : unmanaged, IEquatable<T>
        {
            int index = text.Slice(start).LastIndexOf(literal);
            return index < 0 ? -1 : start + index + literal.Length;
        }

        /// <summary>Whether only the end of the text is left at <paramref name="position"/>.</summary>
        public static bool IsEnd<T>(ReadOnlySpan<T> text, int position)
            where T : unmanaged, IEquatable<T>
            => position == text.Length;

        private static bool IsLineBreaks<T>(ReadOnlySpan<T> text)
            where T : unmanaged, IEquatable<T>
        {
            foreach (T c in text)
            {
                if (!c.Equals(CodeUnit<T>.LineFeed))
                {
                    return false;
                }
            }

            return true;
        }

        // Text scanners pass C# string literals: netstandard2.0 has no implicit string-to-span conversion, and one
        // signature on every target keeps a library compiled against netstandard2.0 binding to the same method when
        // it runs on the net8.0 build. These forward to the generic searches above; UTF-8 scanners pass u8 literals.

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding any of <paramref name="set"/>, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny(ReadOnlySpan<char> text, int from, int stop, string set) => IndexOfAny(text, from, stop, set.AsSpan());

        /// <summary>Whether <paramref name="literal"/> occurs exactly at <paramref name="position"/>.</summary>
        public static bool At(ReadOnlySpan<char> text, int position, string literal) => At(text, position, literal.AsSpan());

        /// <summary>See <see cref="AtOrPadding{T}(ReadOnlySpan{T}, int, ReadOnlySpan{T})"/>.</summary>
        public static bool AtOrPadding(ReadOnlySpan<char> text, int position, string literal) => AtOrPadding(text, position, literal.AsSpan());

        /// <summary>See <see cref="IndexOfAtEnd{T}(ReadOnlySpan{T}, int, ReadOnlySpan{T}, bool)"/>.</summary>
        public static int IndexOfAtEnd(ReadOnlySpan<char> text, int start, string literalText, bool document) => IndexOfAtEnd(text, start, literalText.AsSpan(), document);

        /// <summary>See <see cref="EndOfLast{T}(ReadOnlySpan{T}, int, ReadOnlySpan{T})"/>.</summary>
        public static int EndOfLast(ReadOnlySpan<char> text, int start, string literal) => EndOfLast(text, start, literal.AsSpan());

        /// <summary>
        /// A capture's text as a <see cref="ReadOnlyMemory{T}"/> (of chars, or of UTF-8 bytes): a slice of the input
        /// where the parser was given the input as memory (<paramref name="backing"/> is then the same text), else a
        /// copy of the capture alone.
        /// </summary>
        public static ReadOnlyMemory<T> Memory<T>(ReadOnlySpan<T> text, ReadOnlyMemory<T> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : text.Slice(start, length).ToArray();

        /// <summary>The part of <paramref name="backing"/> that a nested layout reads, or empty when there is no backing.</summary>
        public static ReadOnlyMemory<T> Slice<T>(ReadOnlySpan<T> text, ReadOnlyMemory<T> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : default;

        /// <summary>
        /// A capture's text as UTF-8 bytes, read from characters: a copy, encoded strictly (false where the text
        /// holds a lone surrogate, which has no UTF-8 form).
        /// </summary>
        public static bool TryEncodeMemory(ReadOnlySpan<char> text, out ReadOnlyMemory<byte> value)
        {
            // At most 3 bytes per UTF-16 unit (a surrogate pair is 2 units, 4 bytes).
            long most = 3L * text.Length;
            byte[]? rented = null;
            Span<byte> bytes = most <= 512 ? stackalloc byte[512] : (rented = LargeArrays.Rent<byte>(checked((int)most)));
            bool valid = Utf8Text.Encode(text, bytes, out int written) == System.Buffers.OperationStatus.Done;
            value = valid ? bytes.Slice(0, written).ToArray() : default;
            if (rented is not null)
            {
                LargeArrays.Return(rented);
            }

            return valid;
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// A capture's text from UTF-8, decoded strictly: false where its bytes are not valid UTF-8 (the input is
        /// validated here, value by value, rather than in a pass of its own: every byte of a text that reads lies
        /// either in a literal, matched exactly, or in a value). ASCII is widened straight into the string.
        /// </summary>
        [System.Runtime.CompilerServices.SkipLocalsInit] // the scratch below is written before it is read: no need to zero it
        public static bool TryDecode(ReadOnlySpan<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            if (System.Text.Ascii.IsValid(utf8))
            {
                value = System.Text.Encoding.Latin1.GetString(utf8);
                return true;
            }

            // At most one char a byte. A paragraph fits on the stack (2 KB of it); only a longer value rents.
            char[]? rented = null;
            Span<char> chars = utf8.Length <= 1024 ? stackalloc char[1024] : (rented = LargeArrays.Rent<char>(utf8.Length));
            bool valid = System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
            value = valid ? new string(chars.Slice(0, written)) : null;
            if (rented is not null)
            {
                LargeArrays.Return(rented);
            }

            return valid;
        }

        /// <summary>Like <see cref="TryDecode(ReadOnlySpan{byte}, out string)"/>, as a <see cref="ReadOnlyMemory{T}"/> of characters (a copy: the input holds bytes).</summary>
        public static bool TryDecodeMemory(ReadOnlySpan<byte> utf8, out ReadOnlyMemory<char> value)
        {
            bool valid = TryDecode(utf8, out string? text);
            value = valid ? text.AsMemory() : default;
            return valid;
        }

        /// <summary>
        /// A capture's UTF-8 bytes as they are (a slice of the caller's memory, see <see cref="Memory{T}"/>): false
        /// where they are not valid UTF-8, which is checked here, value by value, as the decoding members check theirs.
        /// </summary>
        public static bool TryUtf8Memory(ReadOnlySpan<byte> text, ReadOnlyMemory<byte> backing, int start, int length, out ReadOnlyMemory<byte> value)
        {
            // ASCII (most wire copy) is checked an order of magnitude faster than UTF-8 in general.
            ReadOnlySpan<byte> bytes = text.Slice(start, length);
            if (!System.Text.Ascii.IsValid(bytes) && !System.Text.Unicode.Utf8.IsValid(bytes))
            {
                value = default;
                return false;
            }

            value = Memory(text, backing, start, length);
            return true;
        }

        /// <summary>
        /// Decodes a value's bytes strictly into <paramref name="chars"/> (at least one char a byte), for the readers
        /// of formats only the BCL reads; false where they are not valid UTF-8.
        /// </summary>
        public static bool TryDecode(ReadOnlySpan<byte> utf8, Span<char> chars, out int written)
            => System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
#endif
    }

    /// <summary>The code units the searches compare with, for <c>char</c> and <c>byte</c> alike.</summary>
    internal static class CodeUnit<T>
        where T : unmanaged
    {
        public static readonly T LineFeed = typeof(T) == typeof(byte) ? (T)(object)(byte)'\n' : (T)(object)'\n';

        public static readonly T CarriageReturn = typeof(T) == typeof(byte) ? (T)(object)(byte)'\r' : (T)(object)'\r';
    }
}
