using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// The few searches generated scanners are made of. Each is a bounded, vectorized span search: a
    /// scanner never looks further than the rules of the layout language allow, which keeps parsing linear.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleText
    {
        /// <summary>The index of the first line feed at or after <paramref name="start"/>, or the text's length.</summary>
        public static int LineEnd(ReadOnlySpan<char> text, int start)
        {
            int index = text.Slice(start).IndexOf('\n');
            return index < 0 ? text.Length : start + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding <paramref name="c0"/>, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny(ReadOnlySpan<char> text, int from, int stop, char c0)
        {
            int index = text.Slice(from, stop - from).IndexOf(c0);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding either character, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny(ReadOnlySpan<char> text, int from, int stop, char c0, char c1)
        {
            int index = text.Slice(from, stop - from).IndexOfAny(c0, c1);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding any of the characters, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny(ReadOnlySpan<char> text, int from, int stop, char c0, char c1, char c2)
        {
            int index = text.Slice(from, stop - from).IndexOfAny(c0, c1, c2);
            return index < 0 ? stop : from + index;
        }

        /// <summary>The first index in [<paramref name="from"/>, <paramref name="stop"/>) holding any of <paramref name="set"/>, else <paramref name="stop"/>.</summary>
        public static int IndexOfAny(ReadOnlySpan<char> text, int from, int stop, string set)
        {
            int index = text.Slice(from, stop - from).IndexOfAny(set.AsSpan());
            return index < 0 ? stop : from + index;
        }

        // The literal parameters are strings, not spans: generated code passes C# string literals, and netstandard2.0
        // has no implicit string-to-span conversion. One signature on every target also keeps a library compiled
        // against netstandard2.0 binding to the same method when it runs on the net8.0 build.

        /// <summary>Whether <paramref name="literal"/> occurs exactly at <paramref name="position"/>.</summary>
        public static bool At(ReadOnlySpan<char> text, int position, string literal)
            => text.Slice(position).StartsWith(literal.AsSpan());

        /// <summary>
        /// A document without its padding: blank lines at the very end of a document (and the last line's own
        /// line break) are not content, so no value can end with them.
        /// </summary>
        public static ReadOnlySpan<char> WithoutPadding(ReadOnlySpan<char> text)
        {
            int length = text.Length;
            while (length > 0 && text[length - 1] == '\n')
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
        public static bool AtOrPadding(ReadOnlySpan<char> text, int position, string literal)
        {
            ReadOnlySpan<char> rest = text.Slice(position);
            ReadOnlySpan<char> expected = literal.AsSpan();
            if (rest.StartsWith(expected))
            {
                return true;
            }

            return rest.Length < expected.Length && expected.StartsWith(rest) && IsLineBreaks(expected.Slice(rest.Length)) && !EndsWithCarriageReturn(text);
        }

        /// <summary>A CR right before the padding would make a CRLF of the line break written there: no padding follows it.</summary>
        private static bool EndsWithCarriageReturn(ReadOnlySpan<char> text) => text.Length > 0 && text[text.Length - 1] == '\r';

        /// <summary>
        /// The index at or after <paramref name="start"/> where <paramref name="literalText"/> is followed by the end
        /// of the text, or -1. In a document the literal's own final line breaks fall in the padding that was cut
        /// off. Only one place can qualify, so this costs O(1) whatever the text's length.
        /// </summary>
        public static int IndexOfAtEnd(ReadOnlySpan<char> text, int start, string literalText, bool document)
        {
            ReadOnlySpan<char> literal = literalText.AsSpan();
            if (document)
            {
                // The literal's own final line breaks lie in the padding, cut off as the text's were.
                ReadOnlySpan<char> kept = WithoutPadding(literal);
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
        public static int EndOfLast(ReadOnlySpan<char> text, int start, string literal)
        {
            int index = text.Slice(start).LastIndexOf(literal.AsSpan());
            return index < 0 ? -1 : start + index + literal.Length;
        }

        /// <summary>Whether only the end of the text is left at <paramref name="position"/>.</summary>
        public static bool IsEnd(ReadOnlySpan<char> text, int position) => position == text.Length;

        private static bool IsLineBreaks(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (c != '\n')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A capture's text as a <see cref="ReadOnlyMemory{T}"/>: a slice of the input where it has one, else a copy.</summary>
        public static ReadOnlyMemory<char> Memory(ReadOnlySpan<char> text, ReadOnlyMemory<char> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : text.Slice(start, length).ToString().AsMemory();

        /// <summary>The part of <paramref name="backing"/> that a nested layout reads, or empty when there is no backing.</summary>
        public static ReadOnlyMemory<char> Slice(ReadOnlySpan<char> text, ReadOnlyMemory<char> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : default;
    }
}
