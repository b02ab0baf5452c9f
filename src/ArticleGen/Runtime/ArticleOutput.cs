using System;
using System.Buffers;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>Writes into <paramref name="destination"/>; false when it does not fit.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate bool SpanWriter<in T>(T state, Span<char> destination, out int written);

    /// <summary>The checks and encodings every generated formatter shares.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleOutput
    {
        /// <summary>
        /// The checks a re-scan of the output cannot make, because they concern how a reader normalizes input:
        /// a CR right before a line break would be read as a plain line break, and a leading U+FEFF would be
        /// skipped as a byte order mark.
        /// </summary>
        public static void CheckNormalizationSafe(ReadOnlySpan<char> written, string layoutType) => CheckNormalizationSafe(written, layoutType, mayHoldCr: true);

        /// <summary>
        /// As <see cref="CheckNormalizationSafe(ReadOnlySpan{char}, string)"/>; with <paramref name="mayHoldCr"/> false
        /// (every value checked, none holding a CR, no literal with one) the search for CRLF is left out.
        /// </summary>
        public static void CheckNormalizationSafe(ReadOnlySpan<char> written, string layoutType, bool mayHoldCr)
        {
            if (written.Length > 0 && written[0] == '\uFEFF')
            {
                throw LeadingByteOrderMark(layoutType);
            }

            int crlf = mayHoldCr ? ArticleInput.IndexOfCrLf(written) : -1;
            if (crlf >= 0)
            {
                throw CarriageReturnBeforeLineBreak(layoutType, crlf);
            }
        }

        /// <summary>The refusal of a text that would start with U+FEFF (the same words for text and UTF-8 output).</summary>
        private static ArgumentException LeadingByteOrderMark(string layoutType)
            => new ArgumentException(layoutType + ": the text would start with U+FEFF, which a reader skips as a byte order mark; it would not read back the same.");

        /// <summary>The refusal of a CR right before a line break, at <paramref name="charIndex"/> of the text (in UTF-16 units).</summary>
        private static ArgumentException CarriageReturnBeforeLineBreak(string layoutType, int charIndex)
            => new ArgumentException(layoutType + ": a value holds a carriage return (\\r) that would stand right before a line break at character " + charIndex
                + "; a reader takes \\r\\n as a plain line break, so it would not read back the same.");

#if NET8_0_OR_GREATER
        /// <summary>
        /// As <see cref="CheckNormalizationSafe(ReadOnlySpan{char}, string, bool)"/>, on UTF-8 output (U+FEFF is EF BB BF);
        /// the same message, with the place counted in characters.
        /// </summary>
        public static void CheckNormalizationSafe(ReadOnlySpan<byte> written, string layoutType, bool mayHoldCr)
        {
            if (written.StartsWith("\uFEFF"u8))
            {
                throw LeadingByteOrderMark(layoutType);
            }

            int crlf = mayHoldCr ? ArticleInput.IndexOfCrLf(written) : -1;
            if (crlf >= 0)
            {
                throw CarriageReturnBeforeLineBreak(layoutType, System.Text.Encoding.UTF8.GetCharCount(written.Slice(0, crlf)));
            }
        }

        /// <summary>As <see cref="CheckNormalizationSafe(ReadOnlySpan{char}, string)"/>, on UTF-8 output.</summary>
        public static void CheckNormalizationSafe(ReadOnlySpan<byte> written, string layoutType) => CheckNormalizationSafe(written, layoutType, mayHoldCr: true);

        /// <summary>As <see cref="Unreadable(string, ref ParseError, ReadOnlySpan{char})"/>, for a re-scan of UTF-8 output: the same message.</summary>
        public static ArgumentException Unreadable(string layoutType, ref ParseError error, ReadOnlySpan<byte> written)
            => Unreadable(layoutType, error.Member, error.IsMismatch, error.IsMismatch ? string.Empty : error.Summary(written));
#endif

        /// <summary>
        /// Turns the LF line breaks of formatted text into CRLF in place, for a layout whose <c>NewLine</c> is
        /// <c>"\r\n"</c>; false (and nothing changed) when <paramref name="text"/> has no room for the CRs.
        /// Works from the end, so each character moves once.
        /// </summary>
        public static bool TryUseCrLf<T>(Span<T> text, int length, out int written)
            where T : unmanaged, IEquatable<T>
        {
            int lineBreaks = 0;
            for (ReadOnlySpan<T> rest = text.Slice(0, length); rest.IndexOf(CodeUnit<T>.LineFeed) is int next && next >= 0; rest = rest.Slice(next + 1))
            {
                lineBreaks++;
            }

            written = length + lineBreaks;
            if (written > text.Length)
            {
                written = 0;
                return false;
            }

            int write = written;
            for (int read = length - 1; read >= 0 && lineBreaks > 0; read--)
            {
                T c = text[read];
                text[--write] = c;
                if (c.Equals(CodeUnit<T>.LineFeed))
                {
                    text[--write] = CodeUnit<T>.CarriageReturn;
                    lineBreaks--;
                }
            }

            return true;
        }

        /// <summary>
        /// Creates a string of exactly <paramref name="length"/> characters written by <paramref name="write"/>
        /// straight into it; null (the string dropped) when the writer did not write exactly that many.
        /// </summary>
        public static string? TryCreateString<T>(int length, T state, SpanWriter<T> write)
        {
            if (length <= 0)
            {
                return length == 0 && write(state, Span<char>.Empty, out int none) && none == 0 ? string.Empty : null;
            }

#if NET8_0_OR_GREATER
            exactFit = false;
            string text = string.Create(length, (state, write), static (span, s) => exactFit = s.write(s.state, span, out int written) && written == span.Length);
            return exactFit ? text : null;
#else
            string text = new string('\0', length);
            bool fits;
            unsafe
            {
                fixed (char* chars = text)
                {
                    fits = write(state, new Span<char>(chars, length), out int written) && written == length;
                }
            }

            return fits ? text : null;
#endif
        }

#if NET8_0_OR_GREATER
        [ThreadStatic]
        private static bool exactFit;
#endif

        /// <summary>The exception for a value that does not read back as itself.</summary>
        public static ArgumentException Unreadable(string layoutType, string member, string reason)
            => new ArgumentException(layoutType + "." + member + " cannot be written so that it reads back the same: " + reason, member);

        /// <summary>The exception for a value whose text would be read as something else, found by re-scanning the output.</summary>
        public static ArgumentException Unreadable(string layoutType, ref ParseError error, ReadOnlySpan<char> written)
            => Unreadable(layoutType, error.Member, error.IsMismatch, error.IsMismatch ? string.Empty : error.Summary(written));

        private static ArgumentException Unreadable(string layoutType, string? member, bool mismatch, string summary)
        {
            string reason = mismatch
                ? "read back, its text would end elsewhere, so it holds text that the layout uses to end it (a line break in a one-line field, a blank line in a paragraph, the literal that follows it, or an empty list item)."
                : "read back, the text would fail with \"" + summary + "\".";
            return Unreadable(layoutType, member ?? "(layout)", reason);
        }

        /// <summary>Encodes formatted text into <paramref name="utf8"/>; false when it does not fit.</summary>
        public static bool TryEncode(ReadOnlySpan<char> text, Span<byte> utf8, out int bytesWritten, string layoutType)
        {
            OperationStatus status = Utf8Text.Encode(text, utf8, out bytesWritten);
            if (status == OperationStatus.InvalidData)
            {
                throw InvalidUtf16(layoutType);
            }

            if (status != OperationStatus.Done)
            {
                bytesWritten = 0;
                return false;
            }

            return true;
        }

        /// <summary>Encodes formatted text straight into the writer's buffer.</summary>
        public static void Write(ReadOnlySpan<char> text, IBufferWriter<byte> writer, string layoutType)
        {
            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            // 3 bytes per UTF-16 code unit is the most UTF-8 can take (a surrogate pair: 2 units, 4 bytes).
            Span<byte> destination = writer.GetSpan(checked(text.Length * 3));
            if (!TryEncode(text, destination, out int written, layoutType))
            {
                throw new InvalidOperationException("The IBufferWriter<byte> returned a smaller span than asked for.");
            }

            writer.Advance(written);
        }

        /// <summary>
        /// Writes a <see cref="ReadOnlyMemory{T}"/> of UTF-8 bytes as text, decoded strictly: bytes that are not valid
        /// UTF-8 have no text to write (and would not read back the same), so they are an exception, never U+FFFD.
        /// </summary>
        public static void WriteUtf8(ReadOnlySpan<byte> utf8, ref CharWriter writer, string layoutType, string member)
        {
            // UTF-8 takes at least one byte per UTF-16 unit, so room for as many chars as bytes is room enough.
            Span<char> free = writer.Free;
            if (free.Length >= utf8.Length)
            {
                if (!Utf8Text.TryDecode(utf8, free, out int written, out int invalidAt))
                {
                    throw InvalidUtf8(layoutType, member, utf8, invalidAt);
                }

                writer.Advance(fitted: true, written);
                return;
            }

            // Less room than that: decode aside, which also tells invalid bytes from a full destination.
            char[] chars = LargeArrays.Rent<char>(Math.Max(utf8.Length, 1));
            try
            {
                if (!Utf8Text.TryDecode(utf8, chars, out int written, out int invalidAt))
                {
                    throw InvalidUtf8(layoutType, member, utf8, invalidAt);
                }

                writer.Write(new ReadOnlySpan<char>(chars, 0, written));
            }
            finally
            {
                LargeArrays.Return(chars);
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// As <see cref="WriteUtf8(ReadOnlySpan{byte}, ref CharWriter, string, string)"/>, into a UTF-8 writer: the bytes
        /// are copied as they are once validated (the same exception for bytes that are not UTF-8).
        /// </summary>
        public static void WriteUtf8(ReadOnlySpan<byte> utf8, ref Utf8Writer writer, string layoutType, string member)
        {
            if (!System.Text.Unicode.Utf8.IsValid(utf8))
            {
                // Where the first invalid byte is, for the message (the failure path only).
                char[] chars = LargeArrays.Rent<char>(Math.Max(utf8.Length, 1));
                Utf8Text.TryDecode(utf8, chars, out _, out int invalidAt);
                LargeArrays.Return(chars);
                throw InvalidUtf8(layoutType, member, utf8, invalidAt);
            }

            writer.Write(utf8);
        }
#endif

        private static ArgumentException InvalidUtf8(string layoutType, string member, ReadOnlySpan<byte> utf8, int invalidAt)
            => new ArgumentException(
                layoutType + "." + member + " holds bytes that are not valid UTF-8 (byte 0x" + utf8[invalidAt].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)
                + " at offset " + invalidAt.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the value), so it has no text to write.",
                member);

        private static ArgumentException InvalidUtf16(string layoutType)
            => new ArgumentException(layoutType + ": a value holds a lone UTF-16 surrogate, which has no UTF-8 form; it would not read back the same.");
    }
}
