using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// Structural equality for the members a record's compiler-made equality compares by reference: lists
    /// and <see cref="ReadOnlyMemory{T}"/>. Generated <c>Equals</c> uses it so that <c>T.Parse(x.Format())</c>
    /// equals <c>x</c>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleEquality
    {
        /// <summary>Same items in the same order (both null counts as equal).</summary>
        public static bool SequenceEqual<T>(IEnumerable<T>? left, IEnumerable<T>? right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null)
            {
                return false;
            }

            if (left is IReadOnlyCollection<T> l && right is IReadOnlyCollection<T> r && l.Count != r.Count)
            {
                return false;
            }

            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            using IEnumerator<T> a = left.GetEnumerator();
            using IEnumerator<T> b = right.GetEnumerator();
            while (true)
            {
                bool hasA = a.MoveNext();
                bool hasB = b.MoveNext();
                if (hasA != hasB)
                {
                    return false;
                }

                if (!hasA)
                {
                    return true;
                }

                if (!comparer.Equals(a.Current, b.Current))
                {
                    return false;
                }
            }
        }

        /// <summary>A hash of the items, consistent with <see cref="SequenceEqual{T}"/>.</summary>
        public static int SequenceHash<T>(IEnumerable<T>? items)
        {
            if (items is null)
            {
                return 0;
            }

            int hash = 17;
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            foreach (T item in items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }

        /// <summary>Same texts in the same order (lists of <see cref="ReadOnlyMemory{T}"/>).</summary>
        public static bool TextSequenceEqual(IEnumerable<ReadOnlyMemory<char>>? left, IEnumerable<ReadOnlyMemory<char>>? right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null)
            {
                return false;
            }

            using IEnumerator<ReadOnlyMemory<char>> a = left.GetEnumerator();
            using IEnumerator<ReadOnlyMemory<char>> b = right.GetEnumerator();
            while (true)
            {
                bool hasA = a.MoveNext();
                if (hasA != b.MoveNext())
                {
                    return false;
                }

                if (!hasA)
                {
                    return true;
                }

                if (!a.Current.Span.SequenceEqual(b.Current.Span))
                {
                    return false;
                }
            }
        }

        /// <summary>A hash of the texts, consistent with <see cref="TextSequenceEqual"/>.</summary>
        public static int TextSequenceHash(IEnumerable<ReadOnlyMemory<char>>? items)
        {
            if (items is null)
            {
                return 0;
            }

            int hash = 17;
            foreach (ReadOnlyMemory<char> item in items)
            {
                hash = unchecked((hash * 31) + TextHash(item));
            }

            return hash;
        }

        /// <summary>Same characters.</summary>
        public static bool TextEqual(ReadOnlyMemory<char> left, ReadOnlyMemory<char> right) => left.Span.SequenceEqual(right.Span);

        /// <summary>Same characters (either may be null).</summary>
        public static bool TextEqual(ReadOnlyMemory<char>? left, ReadOnlyMemory<char>? right)
            => left.HasValue == right.HasValue && (!left.HasValue || left.GetValueOrDefault().Span.SequenceEqual(right.GetValueOrDefault().Span));

        /// <summary>A hash of the characters.</summary>
        public static int TextHash(ReadOnlyMemory<char> text)
        {
            int hash = 17;
            foreach (char c in text.Span)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }

        /// <summary>A hash of the characters (null is 0).</summary>
        public static int TextHash(ReadOnlyMemory<char>? text) => text.HasValue ? TextHash(text.GetValueOrDefault()) : 0;
    }
}
