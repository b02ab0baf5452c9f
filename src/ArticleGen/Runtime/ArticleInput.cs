using System;
using System.ComponentModel;

namespace ArticleGen.Runtime
{
    /// <summary>
    /// The text a generated parser reads: the input with a leading byte order mark skipped, UTF-8 decoded in
    /// one pass, and every CRLF turned into LF (so captured values hold <c>\n</c> line breaks whatever the
    /// input used). When the input needs no change, <see cref="Text"/> is the input itself and nothing is copied.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ref struct ArticleInput
    {
        private char[]? _rented;

        /// <summary>The normalized text.</summary>
        public ReadOnlySpan<char> Text;

        /// <summary>The same text as memory when zero-copy <see cref="ReadOnlyMemory{T}"/> slices were asked for; else empty.</summary>
        public ReadOnlyMemory<char> Backing;

        /// <summary>Set when the input could not be decoded (invalid UTF-8).</summary>
        public ParseError Error;

        /// <summary>Whether decoding failed; <see cref="Error"/> says where.</summary>
        public bool Failed;

        /// <summary>Reads characters. With <paramref name="keepBacking"/>, a copy is made when normalization needs one.</summary>
        public static ArticleInput FromChars(ReadOnlySpan<char> text, bool keepBacking)
        {
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Slice(1);
            }

            var input = default(ArticleInput);

            if (IndexOfCrLf(text) < 0)
            {
                input.Text = text;
                if (keepBacking)
                {
                    // A span has no heap object to slice: one copy of the whole text serves every member.
                    input.Backing = text.ToArray();
                    input.Text = input.Backing.Span;
                }

                return input;
            }

            char[] buffer = keepBacking ? new char[text.Length] : (input._rented = LargeArrays.Rent<char>(text.Length));
            text.CopyTo(buffer);
            input.SetNormalized(buffer, text.Length, keepBacking);
            return input;
        }

        /// <summary>Reads a string; zero-copy slices of it are possible when it needs no normalization.</summary>
        public static ArticleInput FromString(string text, bool keepBacking)
        {
            ReadOnlySpan<char> span = text.AsSpan();
            int skip = span.Length > 0 && span[0] == '\uFEFF' ? 1 : 0;
            if (keepBacking && IndexOfCrLf(span.Slice(skip)) < 0)
            {
                var input = default(ArticleInput);
                input.Backing = text.AsMemory(skip);
                input.Text = input.Backing.Span;
                return input;
            }

            return FromChars(span, keepBacking);
        }

        /// <summary>Decodes UTF-8. Invalid UTF-8 is an error at its byte, never silently replaced.</summary>
        public static ArticleInput FromUtf8(ReadOnlySpan<byte> utf8, bool keepBacking, string layoutType)
        {
            int skipped = 0;
            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                utf8 = utf8.Slice(3);
                skipped = 3;
            }

            var input = default(ArticleInput);
            if (skipped == 0 && utf8.Length >= 2 && ((utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF)))
            {
                // Not a broken UTF-8 text but a UTF-16 one: say so, rather than point at its first byte.
                input.Failed = true;
                input.Error.FailInput(0, "the bytes start with a UTF-16 byte order mark (0x" + utf8[0].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)
                    + " 0x" + utf8[1].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)
                    + "): the text is UTF-16, not UTF-8; decode it (Encoding.Unicode or Encoding.BigEndianUnicode) and parse the string", layoutType);
                return input;
            }

            char[] buffer = keepBacking ? new char[utf8.Length] : (input._rented = LargeArrays.Rent<char>(Math.Max(utf8.Length, 1)));
            if (!Utf8Text.TryDecode(utf8, buffer, out int written, out int invalidAt))
            {
                input.SetNormalized(buffer, written, keepBacking);
                input.Failed = true;
                input.Error.FailInput(input.Text.Length, "invalid UTF-8 at byte offset " + (invalidAt + skipped).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " (byte 0x" + utf8[invalidAt].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)
                    + " at byte offset " + (invalidAt + skipped).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " is not valid UTF-8; the text must be UTF-8 encoded)", layoutType);
                return input;
            }

            input.SetNormalized(buffer, written, keepBacking);
            return input;
        }

        /// <summary>
        /// A one-line layout read at the top level accepts a final line break, as a text file's last line has (and
        /// any blank lines after it, the padding a document also ignores): they are cut off here, so that no value
        /// ends with them.
        /// </summary>
        public void DropPadding()
        {
            int length = ArticleText.WithoutPadding(Text).Length;
            Text = Text.Slice(0, length);
            if (Backing.Length > 0)
            {
                Backing = Backing.Slice(0, length);
            }
        }

        private void SetNormalized(char[] buffer, int length, bool keepBacking)
        {
            int normalized = RemoveCarriageReturnsBeforeLineFeeds(buffer.AsSpan(0, length));
            Text = buffer.AsSpan(0, normalized);
            if (keepBacking)
            {
                Backing = buffer.AsMemory(0, normalized);
            }
        }

        /// <summary>Turns every CRLF into LF in place; returns the new length. A lone CR is ordinary text.</summary>
        public static int RemoveCarriageReturnsBeforeLineFeeds<T>(Span<T> text)
            where T : unmanaged, IEquatable<T>
        {
            int read = IndexOfCrLf((ReadOnlySpan<T>)text);
            if (read < 0)
            {
                return text.Length;
            }

            Span<T> crLf = stackalloc T[2];
            crLf[0] = CodeUnit<T>.CarriageReturn;
            crLf[1] = CodeUnit<T>.LineFeed;
            int write = read;
            while (true)
            {
                read++; // skip the CR; the LF is copied with the next chunk
                int next = text.Slice(read + 1).IndexOf(crLf);
                int chunkEnd = next < 0 ? text.Length : read + 1 + next;
                text.Slice(read, chunkEnd - read).CopyTo(text.Slice(write));
                write += chunkEnd - read;
                if (next < 0)
                {
                    return write;
                }

                read = chunkEnd;
            }
        }

        /// <summary>
        /// The first CRLF, or -1. A lone CR is rare and harmless, so the cheap one-unit search runs first and
        /// the pair is searched for only when a CR is there.
        /// </summary>
        internal static int IndexOfCrLf<T>(ReadOnlySpan<T> text)
            where T : unmanaged, IEquatable<T>
        {
            int cr = text.IndexOf(CodeUnit<T>.CarriageReturn);
            if (cr < 0)
            {
                return -1;
            }

            Span<T> crLf = stackalloc T[2];
            crLf[0] = CodeUnit<T>.CarriageReturn;
            crLf[1] = CodeUnit<T>.LineFeed;
            int pair = text.Slice(cr).IndexOf((ReadOnlySpan<T>)crLf);
            return pair < 0 ? -1 : cr + pair;
        }

        /// <summary>Returns pooled memory (a large buffer is left to the GC: see <see cref="LargeArrays"/>).</summary>
        public void Dispose()
        {
            char[]? rented = _rented;
            if (rented is not null)
            {
                _rented = null;
                LargeArrays.Return(rented);
            }
        }
    }
}
