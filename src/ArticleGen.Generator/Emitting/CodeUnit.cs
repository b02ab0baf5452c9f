using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// What the scanner and the materializer are written in: <c>char</c> for text, <c>byte</c> for UTF-8. One emitter
    /// writes both from the same steps; this says how each step is spelled: the span type, how a literal is written
    /// (<c>"x"</c> or <c>"x"u8</c>), its length in code units, and the names of the methods of that flavour. A
    /// literal's UTF-8 bytes match only where its characters do: an ASCII byte never occurs inside a multi-byte
    /// sequence, and a lead byte only at the start of one.
    /// </summary>
    internal sealed class CodeUnit
    {
        public static readonly CodeUnit Char = new CodeUnit(utf8: false);

        public static readonly CodeUnit Utf8 = new CodeUnit(utf8: true);

        private static readonly UTF8Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private CodeUnit(bool utf8)
        {
            IsUtf8 = utf8;
        }

        public bool IsUtf8 { get; }

        /// <summary>The type of the text the methods read.</summary>
        public string SpanType => IsUtf8 ? "global::System.ReadOnlySpan<byte>" : EmitContext.ReadOnlySpanOfChar;

        /// <summary>
        /// The type of the same text as memory, passed beside the span as <c>backing</c> so that <c>ReadOnlyMemory</c>
        /// members of the unit's type can slice it (empty where the input was a span).
        /// </summary>
        public string MemoryType => IsUtf8 ? "global::System.ReadOnlyMemory<byte>" : EmitContext.ReadOnlyMemoryOfChar;

        /// <summary>The type of the destination a formatter of this flavour writes into.</summary>
        public string DestinationType => IsUtf8 ? "global::System.Span<byte>" : EmitContext.SpanOfChar;

        /// <summary>The name of a formatter's count of what it wrote: <c>charsWritten</c> or <c>bytesWritten</c>, as the BCL names them.</summary>
        public string WrittenName => IsUtf8 ? "bytesWritten" : "charsWritten";

        /// <summary>The runtime writer a formatter of this flavour appends with.</summary>
        public string WriterType => IsUtf8 ? "Utf8Writer" : "CharWriter";

        /// <summary>Appended to the names of the methods of this flavour: <c>__Scan</c>, <c>__ScanUtf8</c>.</summary>
        public string Suffix => IsUtf8 ? "Utf8" : string.Empty;

        /// <summary>A layout literal as a C# literal of this flavour.</summary>
        public string Literal(string text) => IsUtf8 ? Describe.Quote(text) + "u8" : Describe.Quote(text);

        /// <summary>The literal's length in code units (UTF-16 units, or UTF-8 bytes).</summary>
        public int Length(string text) => IsUtf8 ? Encoding.GetByteCount(text) : text.Length;

        /// <summary>The code unit a literal starts with, as a number (a UTF-16 unit, or the first byte of its UTF-8 form).</summary>
        public int First(string text) => IsUtf8 ? Encoding.GetBytes(text.Substring(0, char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1))[0] : text[0];

        /// <summary>One code unit as a C# expression of the unit's type: <c>'\n'</c>, <c>(byte)'\n'</c>, <c>(byte)0xEC</c>.</summary>
        public string UnitLiteral(int unit)
        {
            if (!IsUtf8)
            {
                return CharLiteral((char)unit);
            }

            return unit < 0x80 ? "(byte)" + CharLiteral((char)unit) : "(byte)0x" + unit.ToString("X2", CultureInfo.InvariantCulture);
        }

        /// <summary>A set of code units to search for at once, as one argument.</summary>
        public string SetLiteral(IReadOnlyList<int> units)
        {
            if (!IsUtf8)
            {
                return Describe.Quote(new string(units.Select(u => (char)u).ToArray()));
            }

            return units.All(u => u < 0x80)
                ? Describe.Quote(new string(units.Select(u => (char)u).ToArray())) + "u8"
                : "(global::System.ReadOnlySpan<byte>)new byte[] { " + string.Join(", ", units.Select(u => "0x" + u.ToString("X2", CultureInfo.InvariantCulture))) + " }";
        }

        /// <summary>Whether every literal can be written as UTF-8 (a lone surrogate cannot; such a layout is scanned as text only).</summary>
        public static bool CanEncode(IEnumerable<string> literals)
        {
            foreach (string literal in literals)
            {
                try
                {
                    Encoding.GetByteCount(literal);
                }
                catch (EncoderFallbackException)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A C# character literal.</summary>
        private static string CharLiteral(char ch)
        {
            string quoted = Describe.Quote(ch.ToString());
            string body = quoted.Substring(1, quoted.Length - 2);
            return "'" + (ch == '\'' ? "\\'" : ch == '"' ? "\"" : body) + "'";
        }
    }
}
