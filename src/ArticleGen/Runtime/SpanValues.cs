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
                throw InvalidFormat<T>(format, layoutType, member, exception);
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

        // The UTF-8 writers: the BCL formats these values as characters (bool and enums have no UTF-8 formatter on
        // .NET 8), into a small stack buffer; they are short and ASCII, and the encoding widens nothing.

        /// <summary>Room on the stack for one formatted value; a longer one goes to a pooled buffer.</summary>
        private const int StackChars = 128;

        /// <summary>Writes any <see cref="ISpanFormattable"/> value as UTF-8.</summary>
        public static void Write<T>(T value, ref Utf8Writer writer, ReadOnlySpan<char> format)
            where T : ISpanFormattable
        {
            Span<char> chars = stackalloc char[StackChars];
            if (value.TryFormat(chars, out int written, format, CultureInfo.InvariantCulture))
            {
                writer.Write(chars.Slice(0, written));
            }
            else
            {
                WriteLong(value, ref writer, format);
            }
        }

        /// <summary>As <see cref="Write{T}(T, ref CharWriter, string, string, string)"/>, as UTF-8.</summary>
        public static void Write<T>(T value, ref Utf8Writer writer, string format, string layoutType, string member)
            where T : ISpanFormattable
        {
            try
            {
                Write(value, ref writer, format.AsSpan());
            }
            catch (FormatException exception)
            {
                throw InvalidFormat<T>(format, layoutType, member, exception);
            }
        }

        /// <summary>Writes an enum member's name as UTF-8.</summary>
        public static void WriteEnum<T>(T value, ref Utf8Writer writer, ReadOnlySpan<char> format)
            where T : struct, Enum
        {
            Span<char> chars = stackalloc char[StackChars];
            if (Enum.TryFormat(value, chars, out int written, format))
            {
                writer.Write(chars.Slice(0, written));
                return;
            }

            // A [Flags] combination of many long names: as a string, once.
            writer.Write(value.ToString(format.ToString()));
        }

        /// <summary>Writes <c>True</c> or <c>False</c> as UTF-8.</summary>
        public static void WriteBoolean(bool value, ref Utf8Writer writer) => writer.Write(value ? "True"u8 : "False"u8);

        private static void WriteLong<T>(T value, ref Utf8Writer writer, ReadOnlySpan<char> format)
            where T : ISpanFormattable
        {
            for (int size = StackChars * 8; ; size *= 2)
            {
                char[] rented = System.Buffers.ArrayPool<char>.Shared.Rent(size);
                try
                {
                    if (value.TryFormat(rented, out int written, format, CultureInfo.InvariantCulture))
                    {
                        writer.Write(rented.AsSpan(0, written));
                        return;
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<char>.Shared.Return(rented);
                }
            }
        }

        private static ArgumentException InvalidFormat<T>(string format, string layoutType, string member, FormatException exception)
            => new ArgumentException(layoutType + "." + member + " cannot be written: its format '" + format + "' is not valid for " + typeof(T).Name + " (" + exception.Message + "); use a format the type accepts.", member, exception);

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
