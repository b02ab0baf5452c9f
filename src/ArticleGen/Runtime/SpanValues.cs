#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// Typed values to and from text, always in the invariant culture. Generic over the static abstract
    /// interfaces, so the JIT specializes each call for the member's type: no boxing, no culture lookups.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class SpanValues
    {
        /// <summary>Reads any <see cref="ISpanParsable{TSelf}"/> value.</summary>
        public static bool TryParse<T>(ReadOnlySpan<char> text, out T value)
            where T : ISpanParsable<T>
            => T.TryParse(text, CultureInfo.InvariantCulture, out value!);

        /// <summary>
        /// Reads a number in exactly the <paramref name="styles"/> its format writes, which the generator picks at
        /// compile time: sign and digits for a plain integer, group separators only for an "N" format.
        /// </summary>
        public static bool TryParseNumber<T>(ReadOnlySpan<char> text, NumberStyles styles, out T value)
            where T : INumberBase<T>
            => T.TryParse(text, styles, CultureInfo.InvariantCulture, out value!);

        /// <summary>Writes any <see cref="ISpanFormattable"/> value.</summary>
        public static void Write<T>(T value, ref CharWriter writer, ReadOnlySpan<char> format)
            where T : ISpanFormattable
        {
            bool fitted = value.TryFormat(writer.Free, out int written, format, CultureInfo.InvariantCulture);
            writer.Advance(fitted, written);
        }

        /// <summary>
        /// Writes an <see cref="ISpanFormattable"/> value of a type whose formats ArticleGen cannot check at compile
        /// time: a <see cref="FormatException"/> for <paramref name="format"/> becomes the
        /// <see cref="ArgumentException"/> Format documents, naming the member and the format.
        /// </summary>
        public static void Write<T>(T value, ref CharWriter writer, string format, string layoutType, string member)
            where T : ISpanFormattable
        {
            bool fitted;
            int written;
            try
            {
                fitted = value.TryFormat(writer.Free, out written, format, CultureInfo.InvariantCulture);
            }
            catch (FormatException exception)
            {
                throw new ArgumentException(layoutType + "." + member + " cannot be written: its format '" + format + "' is not valid for " + typeof(T).Name + " (" + exception.Message + "); use a format the type accepts.", member, exception);
            }

            writer.Advance(fitted, written);
        }

        /// <summary>Reads an enum member by name (or number), case-sensitively.</summary>
        public static bool TryParseEnum<T>(ReadOnlySpan<char> text, out T value)
            where T : struct, Enum
            => Enum.TryParse(text, ignoreCase: false, out value);

        /// <summary>Writes an enum member's name.</summary>
        public static void WriteEnum<T>(T value, ref CharWriter writer, ReadOnlySpan<char> format)
            where T : struct, Enum
        {
            bool fitted = Enum.TryFormat(value, writer.Free, out int written, format);
            writer.Advance(fitted, written);
        }

        /// <summary>Reads <c>True</c>/<c>False</c> (any case).</summary>
        public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value) => bool.TryParse(text, out value);

        /// <summary>Writes <c>True</c> or <c>False</c>.</summary>
        public static void WriteBoolean(bool value, ref CharWriter writer)
        {
            bool fitted = value.TryFormat(writer.Free, out int written);
            writer.Advance(fitted, written);
        }

        /// <summary>Reads a <see cref="DateOnly"/> in exactly <paramref name="format"/>.</summary>
        public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out DateOnly value)
            => DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

        /// <summary>Reads a <see cref="TimeOnly"/> in exactly <paramref name="format"/>.</summary>
        public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out TimeOnly value)
            => TimeOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

        /// <summary>Reads a <see cref="DateTime"/> in exactly <paramref name="format"/>; "O" keeps the kind.</summary>
        public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out DateTime value)
            => DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);

        /// <summary>Reads a <see cref="DateTimeOffset"/> in exactly <paramref name="format"/>; a missing offset means UTC.</summary>
        public static bool TryParseExact(ReadOnlySpan<char> text, ReadOnlySpan<char> format, out DateTimeOffset value)
            => DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
#endif
