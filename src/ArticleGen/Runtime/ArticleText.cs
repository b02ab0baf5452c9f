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
        /// The first index at or after <paramref name="start"/> where <paramref name="literalText"/> is followed by the
        /// end of the text; in a document, a single final line feed may stand between them. -1 if there is none.
        /// Only two places can qualify, so this costs O(1) whatever the text's length.
        /// </summary>
        public static int IndexOfAtEnd(ReadOnlySpan<char> text, int start, string literalText, bool document)
        {
            ReadOnlySpan<char> literal = literalText.AsSpan();
            if (document)
            {
                int withLineFeed = text.Length - literal.Length - 1;
                if (withLineFeed >= start && text[text.Length - 1] == '\n' && text.Slice(withLineFeed, literal.Length).SequenceEqual(literal))
                {
                    return withLineFeed;
                }
            }

            int exact = text.Length - literal.Length;
            return exact >= start && text.Slice(exact).SequenceEqual(literal) ? exact : -1;
        }

        /// <summary>Whether only the end of the text (in a document, optionally after one line feed) is left at <paramref name="position"/>.</summary>
        public static bool IsEnd(ReadOnlySpan<char> text, int position, bool document)
            => position == text.Length || (document && position == text.Length - 1 && text[position] == '\n');

        /// <summary>A capture's text as a <see cref="ReadOnlyMemory{T}"/>: a slice of the input where it has one, else a copy.</summary>
        public static ReadOnlyMemory<char> Memory(ReadOnlySpan<char> text, ReadOnlyMemory<char> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : text.Slice(start, length).ToString().AsMemory();

        /// <summary>The part of <paramref name="backing"/> that a nested layout reads, or empty when there is no backing.</summary>
        public static ReadOnlyMemory<char> Slice(ReadOnlySpan<char> text, ReadOnlyMemory<char> backing, int start, int length)
            => backing.Length == text.Length ? backing.Slice(start, length) : default;
    }
}
