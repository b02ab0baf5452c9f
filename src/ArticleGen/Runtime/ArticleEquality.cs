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

        // The texts below are ReadOnlyMemory<char> (characters) or ReadOnlyMemory<byte> (UTF-8): compared by content.

        /// <summary>Same texts in the same order (lists of <see cref="ReadOnlyMemory{T}"/>).</summary>
        public static bool TextSequenceEqual<T>(IEnumerable<ReadOnlyMemory<T>>? left, IEnumerable<ReadOnlyMemory<T>>? right)
            where T : IEquatable<T>
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null)
            {
                return false;
            }

            using IEnumerator<ReadOnlyMemory<T>> a = left.GetEnumerator();
            using IEnumerator<ReadOnlyMemory<T>> b = right.GetEnumerator();
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
        public static int TextSequenceHash<T>(IEnumerable<ReadOnlyMemory<T>>? items)
            where T : IEquatable<T>
        {
            if (items is null)
            {
                return 0;
            }

            int hash = 17;
            foreach (ReadOnlyMemory<T> item in items)
            {
                hash = unchecked((hash * 31) + TextHash(item));
            }

            return hash;
        }

        /// <summary>Same characters (or bytes).</summary>
        public static bool TextEqual<T>(ReadOnlyMemory<T> left, ReadOnlyMemory<T> right)
            where T : IEquatable<T>
            => left.Span.SequenceEqual(right.Span);

        /// <summary>Same characters (or bytes); either may be null.</summary>
        public static bool TextEqual<T>(ReadOnlyMemory<T>? left, ReadOnlyMemory<T>? right)
            where T : IEquatable<T>
            => left.HasValue == right.HasValue && (!left.HasValue || left.GetValueOrDefault().Span.SequenceEqual(right.GetValueOrDefault().Span));

        /// <summary>A hash of the characters (or bytes).</summary>
        public static int TextHash<T>(ReadOnlyMemory<T> text)
            where T : IEquatable<T>
        {
            int hash = 17;
            foreach (T c in text.Span)
            {
                hash = unchecked((hash * 31) + c.GetHashCode());
            }

            return hash;
        }

        /// <summary>A hash of the characters or bytes (null is 0).</summary>
        public static int TextHash<T>(ReadOnlyMemory<T>? text)
            where T : IEquatable<T>
            => text.HasValue ? TextHash(text.GetValueOrDefault()) : 0;
    }
}
