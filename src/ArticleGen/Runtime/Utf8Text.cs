using System;
using System.Text;

namespace ArticleGen.Runtime
{
    /// <summary>UTF-8 to UTF-16 and back in single vectorized passes, with invalid input reported, not replaced.</summary>
    internal static class Utf8Text
    {
#if NET8_0_OR_GREATER
        /// <summary>Decodes validated UTF-8.</summary>
        public static string ToString(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

        public static bool TryDecode(ReadOnlySpan<byte> utf8, Span<char> destination, out int charsWritten, out int invalidAt)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8, destination, out int bytesRead, out charsWritten, replaceInvalidSequences: false, isFinalBlock: true);
            invalidAt = status == System.Buffers.OperationStatus.Done ? -1 : bytesRead;
            return invalidAt < 0;
        }

        public static System.Buffers.OperationStatus Encode(ReadOnlySpan<char> text, Span<byte> destination, out int bytesWritten)
            => System.Text.Unicode.Utf8.FromUtf16(text, destination, out _, out bytesWritten, replaceInvalidSequences: false, isFinalBlock: true);
#else
        /// <summary>Decodes validated UTF-8.</summary>
        public static unsafe string ToString(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetString(bytes, utf8.Length);
            }
        }

        private static readonly UTF8Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static unsafe bool TryDecode(ReadOnlySpan<byte> utf8, Span<char> destination, out int charsWritten, out int invalidAt)
        {
            if (utf8.IsEmpty)
            {
                charsWritten = 0;
                invalidAt = -1;
                return true;
            }

            fixed (byte* source = utf8)
            fixed (char* target = destination)
            {
                try
                {
                    charsWritten = Strict.GetChars(source, utf8.Length, target, destination.Length);
                    invalidAt = -1;
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    // Find the first invalid byte by decoding ever longer prefixes; this is the failure path only.
                    int good = 0;
                    for (int length = 1; length <= utf8.Length; length++)
                    {
                        try
                        {
                            Strict.GetCharCount(source, length);
                            good = length;
                        }
                        catch (DecoderFallbackException)
                        {
                            if (length - good > 4)
                            {
                                break;
                            }
                        }
                    }

                    invalidAt = good;
                    charsWritten = good == 0 ? 0 : Strict.GetChars(source, good, target, destination.Length);
                    return false;
                }
            }
        }

        private static readonly UTF8Encoding StrictEncoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static unsafe System.Buffers.OperationStatus Encode(ReadOnlySpan<char> text, Span<byte> destination, out int bytesWritten)
        {
            bytesWritten = 0;
            if (text.IsEmpty)
            {
                return System.Buffers.OperationStatus.Done;
            }

            fixed (char* source = text)
            fixed (byte* target = destination)
            {
                int needed;
                try
                {
                    needed = StrictEncoder.GetByteCount(source, text.Length);
                }
                catch (EncoderFallbackException)
                {
                    return System.Buffers.OperationStatus.InvalidData;
                }

                if (needed > destination.Length)
                {
                    return System.Buffers.OperationStatus.DestinationTooSmall;
                }

                bytesWritten = StrictEncoder.GetBytes(source, text.Length, target, destination.Length);
                return System.Buffers.OperationStatus.Done;
            }
        }
#endif
    }
}
