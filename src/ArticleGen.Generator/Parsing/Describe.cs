using System.Text;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>Words for layout text, used in diagnostics, generated comments and run-time error messages.</summary>
    internal static class Describe
    {
        /// <summary>"a line break", "a blank line", or the text in double quotes with escapes.</summary>
        public static string Literal(string text)
        {
            bool allBreaks = text.Length > 0;
            foreach (char c in text)
            {
                allBreaks &= c == '\n';
            }

            if (allBreaks)
            {
                return text.Length switch
                {
                    1 => "a line break",
                    2 => "a blank line",
                    _ => (text.Length - 1) + " blank lines",
                };
            }

            return Quote(text);
        }

        /// <summary>The text in double quotes, with line breaks and control characters escaped as in C#.</summary>
        public static string Quote(string text)
        {
            var builder = new StringBuilder(text.Length + 2).Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        if (c < ' ' || (c >= '\u007f' && c < '\u00a0') || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\ufeff')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// Text made safe inside a one-line C# comment: every character C# takes as a line terminator is escaped,
        /// so layout text can never end a comment and spill into code.
        /// </summary>
        public static string CommentText(string text)
            => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029").Replace("\u0085", "\\u0085");

        /// <summary>The description of a literal that ends the text.</summary>
        public static string End(string text) => text.Length == 0 ? "the end of the text" : Literal(text) + " at the end of the text";
    }
}
