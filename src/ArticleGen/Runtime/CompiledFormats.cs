#if NET8_0_OR_GREATER
using System;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// The common fixed-width formats read and written as digits, which the generator picks at compile time:
    /// <c>yyyy-MM-dd</c>, <c>HH:mm</c>, <c>HH:mm:ss</c>, <c>yyyy-MM-dd HH:mm</c> and plain or <c>D</c>-formatted
    /// integers. Each reader takes the fast path only for text it is sure of (the canonical ASCII digits of a valid
    /// value) and hands everything else to the BCL call the generator would otherwise have made, so it accepts
    /// exactly what the BCL accepts, with the same value. The byte overloads read UTF-8 and agree with the char
    /// overloads on the decoded text.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CompiledFormats
    {
        private const NumberStyles IntegerStyles = NumberStyles.AllowLeadingSign;

        // ---- yyyy-MM-dd -------------------------------------------------------------------------------------

        /// <summary>Reads a <see cref="DateOnly"/> in the format <c>yyyy-MM-dd</c>.</summary>
        public static bool TryReadIsoDate(ReadOnlySpan<char> text, out DateOnly value)
            => TryIsoDate(text, out value) || SpanValues.TryParseExact(text, "yyyy-MM-dd", out value);

        /// <summary>Reads a <see cref="DateOnly"/> in the format <c>yyyy-MM-dd</c> from UTF-8.</summary>
        public static bool TryReadIsoDate(ReadOnlySpan<byte> utf8, out DateOnly value)
        {
            if (TryIsoDate(utf8, out value))
            {
                return true;
            }

            return Decoded(utf8, TryReadIsoDate, out value);
        }

        /// <summary>Writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> (always ten characters).</summary>
        public static void WriteIsoDate(DateOnly value, ref CharWriter writer) => writer.Advance(TryWriteIsoDate(writer.Free, value), 10);

        /// <summary>Writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c> in UTF-8 (always ten bytes).</summary>
        public static void WriteIsoDate(DateOnly value, ref Utf8Writer writer) => writer.Advance(TryWriteIsoDate(writer.Free, value), 10);

        private static bool TryWriteIsoDate<TChar>(Span<TChar> free, DateOnly value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (free.Length < 10)
            {
                return false;
            }

            value.Deconstruct(out int year, out int month, out int day);
            WriteDate(free, year, month, day);
            return true;
        }

        // ---- HH:mm and HH:mm:ss -----------------------------------------------------------------------------

        /// <summary>Reads a <see cref="TimeOnly"/> in the format <c>HH:mm</c>.</summary>
        public static bool TryReadHourMinute(ReadOnlySpan<char> text, out TimeOnly value)
            => TryTime(text, seconds: false, out value) || SpanValues.TryParseExact(text, "HH:mm", out value);

        /// <summary>Reads a <see cref="TimeOnly"/> in the format <c>HH:mm</c> from UTF-8.</summary>
        public static bool TryReadHourMinute(ReadOnlySpan<byte> utf8, out TimeOnly value)
        {
            if (TryTime(utf8, seconds: false, out value))
            {
                return true;
            }

            return Decoded(utf8, TryReadHourMinute, out value);
        }

        /// <summary>Reads a <see cref="TimeOnly"/> in the format <c>HH:mm:ss</c>.</summary>
        public static bool TryReadHourMinuteSecond(ReadOnlySpan<char> text, out TimeOnly value)
            => TryTime(text, seconds: true, out value) || SpanValues.TryParseExact(text, "HH:mm:ss", out value);

        /// <summary>Reads a <see cref="TimeOnly"/> in the format <c>HH:mm:ss</c> from UTF-8.</summary>
        public static bool TryReadHourMinuteSecond(ReadOnlySpan<byte> utf8, out TimeOnly value)
        {
            if (TryTime(utf8, seconds: true, out value))
            {
                return true;
            }

            return Decoded(utf8, TryReadHourMinuteSecond, out value);
        }

        /// <summary>Writes a <see cref="TimeOnly"/> as <c>HH:mm</c>; the caller checks that it holds whole minutes.</summary>
        public static void WriteHourMinute(TimeOnly value, ref CharWriter writer) => writer.Advance(TryWriteTime(writer.Free, value, seconds: false), 5);

        /// <summary>Writes a <see cref="TimeOnly"/> as <c>HH:mm</c> in UTF-8; the caller checks that it holds whole minutes.</summary>
        public static void WriteHourMinute(TimeOnly value, ref Utf8Writer writer) => writer.Advance(TryWriteTime(writer.Free, value, seconds: false), 5);

        /// <summary>Writes a <see cref="TimeOnly"/> as <c>HH:mm:ss</c>; the caller checks that it holds whole seconds.</summary>
        public static void WriteHourMinuteSecond(TimeOnly value, ref CharWriter writer) => writer.Advance(TryWriteTime(writer.Free, value, seconds: true), 8);

        /// <summary>Writes a <see cref="TimeOnly"/> as <c>HH:mm:ss</c> in UTF-8; the caller checks that it holds whole seconds.</summary>
        public static void WriteHourMinuteSecond(TimeOnly value, ref Utf8Writer writer) => writer.Advance(TryWriteTime(writer.Free, value, seconds: true), 8);

        private static bool TryWriteTime<TChar>(Span<TChar> free, TimeOnly value, bool seconds)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (free.Length < (seconds ? 8 : 5))
            {
                return false;
            }

            WriteTwo(free, value.Hour);
            free[2] = TChar.CreateTruncating(':');
            WriteTwo(free.Slice(3), value.Minute);
            if (seconds)
            {
                free[5] = TChar.CreateTruncating(':');
                WriteTwo(free.Slice(6), value.Second);
            }

            return true;
        }

        // ---- yyyy-MM-dd HH:mm -------------------------------------------------------------------------------

        /// <summary>Reads a <see cref="DateTime"/> (of unspecified kind) in the format <c>yyyy-MM-dd HH:mm</c>.</summary>
        public static bool TryReadIsoDateHourMinute(ReadOnlySpan<char> text, out DateTime value)
            => TryDateHourMinute(text, out value) || SpanValues.TryParseExact(text, "yyyy-MM-dd HH:mm", out value);

        /// <summary>Reads a <see cref="DateTime"/> in the format <c>yyyy-MM-dd HH:mm</c> from UTF-8.</summary>
        public static bool TryReadIsoDateHourMinute(ReadOnlySpan<byte> utf8, out DateTime value)
        {
            if (TryDateHourMinute(utf8, out value))
            {
                return true;
            }

            return Decoded(utf8, TryReadIsoDateHourMinute, out value);
        }

        /// <summary>Writes a <see cref="DateTime"/> as <c>yyyy-MM-dd HH:mm</c>; the caller checks that it holds whole minutes.</summary>
        public static void WriteIsoDateHourMinute(DateTime value, ref CharWriter writer) => writer.Advance(TryWriteIsoDateHourMinute(writer.Free, value), 16);

        /// <summary>Writes a <see cref="DateTime"/> as <c>yyyy-MM-dd HH:mm</c> in UTF-8; the caller checks that it holds whole minutes.</summary>
        public static void WriteIsoDateHourMinute(DateTime value, ref Utf8Writer writer) => writer.Advance(TryWriteIsoDateHourMinute(writer.Free, value), 16);

        private static bool TryWriteIsoDateHourMinute<TChar>(Span<TChar> free, DateTime value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (free.Length < 16)
            {
                return false;
            }

            value.Deconstruct(out DateOnly date, out TimeOnly time);
            date.Deconstruct(out int year, out int month, out int day);
            WriteDate(free, year, month, day);
            free[10] = TChar.CreateTruncating(' ');
            WriteTwo(free.Slice(11), time.Hour);
            free[13] = TChar.CreateTruncating(':');
            WriteTwo(free.Slice(14), time.Minute);
            return true;
        }

        // ---- integers ---------------------------------------------------------------------------------------

        /// <summary>
        /// Reads an integer as <c>T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)</c>
        /// does: an optional <c>+</c> or <c>-</c> and ASCII digits, refusing what overflows <typeparamref name="T"/>.
        /// </summary>
        public static bool TryReadInteger<T>(ReadOnlySpan<char> text, out T value)
            where T : IBinaryInteger<T>, IMinMaxValue<T>
            => TryInteger(text, out value) || T.TryParse(text, IntegerStyles, CultureInfo.InvariantCulture, out value!);

        /// <summary>Reads an integer from UTF-8 as the char overload reads the decoded text.</summary>
        public static bool TryReadInteger<T>(ReadOnlySpan<byte> utf8, out T value)
            where T : IBinaryInteger<T>, IMinMaxValue<T>
            => TryInteger(utf8, out value) || T.TryParse(utf8, IntegerStyles, CultureInfo.InvariantCulture, out value!);

        // ---- the digit code, over chars or bytes ------------------------------------------------------------

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Digit<TChar>(TChar c)
            where TChar : unmanaged, IBinaryInteger<TChar>
            => uint.CreateTruncating(c) - '0';

        /// <summary>Two ASCII digits at <paramref name="at"/>, or a value above 99 when either is not one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Two<TChar>(ReadOnlySpan<TChar> text, int at)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            uint tens = Digit(text[at]);
            uint ones = Digit(text[at + 1]);
            return tens > 9 || ones > 9 ? uint.MaxValue : (tens * 10) + ones;
        }

        private static bool Is<TChar>(TChar c, char expected)
            where TChar : unmanaged, IBinaryInteger<TChar>
            => uint.CreateTruncating(c) == expected;

        private static bool TryIsoDate<TChar>(ReadOnlySpan<TChar> text, out DateOnly value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (text.Length == 10 && TryDateDigits(text, out int year, out int month, out int day))
            {
                value = new DateOnly(year, month, day);
                return true;
            }

            value = default;
            return false;
        }

        private static bool TryDateDigits<TChar>(ReadOnlySpan<TChar> text, out int year, out int month, out int day)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            uint high = Two(text, 0);
            uint low = Two(text, 2);
            uint m = Two(text, 5);
            uint d = Two(text, 8);
            year = (int)((high * 100) + low);
            month = (int)m;
            day = (int)d;
            return high <= 99 && low <= 99 && Is(text[4], '-') && Is(text[7], '-')
                && year >= 1 && m - 1 < 12 && d - 1 < 31 && day <= DateTime.DaysInMonth(year, month);
        }

        private static bool TryTime<TChar>(ReadOnlySpan<TChar> text, bool seconds, out TimeOnly value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (text.Length == (seconds ? 8 : 5))
            {
                uint hour = Two(text, 0);
                uint minute = Two(text, 3);
                uint second = seconds ? Two(text, 6) : 0;
                if (hour < 24 && minute < 60 && second < 60 && Is(text[2], ':') && (!seconds || Is(text[5], ':')))
                {
                    value = new TimeOnly((int)hour, (int)minute, (int)second);
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static bool TryDateHourMinute<TChar>(ReadOnlySpan<TChar> text, out DateTime value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            if (text.Length == 16 && TryDateDigits(text, out int year, out int month, out int day) && Is(text[10], ' '))
            {
                uint hour = Two(text, 11);
                uint minute = Two(text, 14);
                if (hour < 24 && minute < 60 && Is(text[13], ':'))
                {
                    value = new DateTime(year, month, day, (int)hour, (int)minute, 0, DateTimeKind.Unspecified);
                    return true;
                }
            }

            value = default;
            return false;
        }

        /// <summary>
        /// The fast path of an integer: a sign and 1 to 18 ASCII digits that fit <typeparamref name="T"/>. Anything
        /// else (more digits, leading zeros beyond that, overflow, any other character) is left to the BCL.
        /// </summary>
        private static bool TryInteger<TChar, T>(ReadOnlySpan<TChar> text, out T value)
            where TChar : unmanaged, IBinaryInteger<TChar>
            where T : IBinaryInteger<T>, IMinMaxValue<T>
        {
            value = T.Zero;
            int i = 0;
            bool negative = false;
            if (text.Length > 0)
            {
                if (Is(text[0], '-'))
                {
                    negative = true;
                    i = 1;
                }
                else if (Is(text[0], '+'))
                {
                    i = 1;
                }
            }

            int digits = text.Length - i;
            if (digits < 1 || digits > 18 || (negative && T.IsZero(T.MinValue)))
            {
                return false;
            }

            ulong magnitude = 0;
            for (; i < text.Length; i++)
            {
                uint d = Digit(text[i]);
                if (d > 9)
                {
                    return false;
                }

                magnitude = (magnitude * 10) + d;
            }

            // Eighteen digits fit a long; the bounds of T (at most 64 bits) do too, or exceed every such magnitude.
            if (negative)
            {
                long signed = -(long)magnitude;
                if (Unsafe.SizeOf<T>() < 8 && signed < long.CreateTruncating(T.MinValue))
                {
                    return false;
                }

                value = T.CreateTruncating(signed);
                return true;
            }

            if (Unsafe.SizeOf<T>() < 8 && magnitude > ulong.CreateTruncating(T.MaxValue))
            {
                return false;
            }

            value = T.CreateTruncating(magnitude);
            return true;
        }

        private static bool TryInteger<T>(ReadOnlySpan<char> text, out T value)
            where T : IBinaryInteger<T>, IMinMaxValue<T>
            => TryInteger<char, T>(text, out value);

        private static bool TryInteger<T>(ReadOnlySpan<byte> utf8, out T value)
            where T : IBinaryInteger<T>, IMinMaxValue<T>
            => TryInteger<byte, T>(utf8, out value);

        private static void WriteDate<TChar>(Span<TChar> to, int year, int month, int day)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            WriteTwo(to, year / 100);
            WriteTwo(to.Slice(2), year % 100);
            to[4] = TChar.CreateTruncating('-');
            WriteTwo(to.Slice(5), month);
            to[7] = TChar.CreateTruncating('-');
            WriteTwo(to.Slice(8), day);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void WriteTwo<TChar>(Span<TChar> to, int value)
            where TChar : unmanaged, IBinaryInteger<TChar>
        {
            uint tens = (uint)value / 10;
            to[1] = TChar.CreateTruncating('0' + ((uint)value - (tens * 10)));
            to[0] = TChar.CreateTruncating('0' + tens);
        }

        private delegate bool CharReader<T>(ReadOnlySpan<char> text, out T value);

        /// <summary>
        /// The slow path of a byte reader: the char reader on the decoded UTF-8 (invalid bytes become U+FFFD, which
        /// no format accepts). Only text that is not the canonical form gets here, so it is rare and short.
        /// </summary>
        private static bool Decoded<T>(ReadOnlySpan<byte> utf8, CharReader<T> read, out T value)
        {
            char[]? rented = null;
            Span<char> buffer = utf8.Length <= 64 ? stackalloc char[64] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(utf8.Length));
            int length = Encoding.UTF8.GetChars(utf8, buffer);
            bool ok = read(buffer.Slice(0, length), out value);
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }

            return ok;
        }
    }
}
#endif
