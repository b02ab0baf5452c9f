using System;
using System.Text;

namespace ArticleGen.Runtime
{
    /// <summary>Line and column arithmetic for error messages; only ever run on the failure path.</summary>
    internal static class TextPosition
    {
        public static void Locate(ReadOnlySpan<char> text, int position, out int line, out int column, out int lineStart, out int lineEnd)
        {
            ReadOnlySpan<char> before = text.Slice(0, position);
            line = 1;
            int index = before.IndexOf('\n');
            lineStart = 0;
            while (index >= 0)
            {
                line++;
                lineStart += index + 1;
                index = before.Slice(lineStart).IndexOf('\n');
            }

            column = position - lineStart + 1;
            int next = text.Slice(lineStart).IndexOf('\n');
            lineEnd = next < 0 ? text.Length : lineStart + next;
        }

        /// <summary>Shows a piece of text in double quotes with line breaks and control characters escaped.</summary>
        public static string Quote(ReadOnlySpan<char> value, int maxLength)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            int shown = Math.Min(value.Length, maxLength);
            for (int i = 0; i < shown; i++)
            {
                AppendEscaped(builder, value[i]);
            }

            if (shown < value.Length)
            {
                builder.Append("...");
            }

            return builder.Append('"').ToString();
        }

        internal static void AppendEscaped(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (char.IsControl(c))
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

        /// <summary>Appends the offending line and a caret under the column, the way compilers show errors.</summary>
        public static void AppendCaretLine(StringBuilder message, int line, int column, string lineText)
        {
            const int Window = 100;
            string lineNumber = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            int from = 0;
            if (column - 1 > Window - 20)
            {
                from = column - 1 - (Window - 20);
            }

            int length = Math.Min(lineText.Length - from, Window);
            var shown = new StringBuilder();
            int caret = 0;
            for (int i = 0; i < length; i++)
            {
                char c = lineText[from + i];
                if (from + i < column - 1)
                {
                    caret += char.IsControl(c) ? EscapedWidth(c) : 1;
                }

                if (char.IsControl(c))
                {
                    AppendEscaped(shown, c);
                }
                else
                {
                    shown.Append(c);
                }
            }

            if (from + length < column - 1)
            {
                caret += column - 1 - (from + length);
            }

            message.Append('\n').Append(' ', 1).Append(lineNumber).Append(" | ");
            if (from > 0)
            {
                message.Append("...");
                caret += 3;
            }

            message.Append(shown);
            if (from + length < lineText.Length)
            {
                message.Append("...");
            }

            message.Append('\n').Append(' ', lineNumber.Length + 1).Append(" | ").Append(' ', caret).Append('^');
        }

        private static int EscapedWidth(char c)
        {
            var builder = new StringBuilder();
            AppendEscaped(builder, c);
            return builder.Length;
        }
    }
}
