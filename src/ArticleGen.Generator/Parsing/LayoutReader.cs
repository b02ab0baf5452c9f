using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Reads a layout string into literals, captures and optional groups. Escapes (<c>{{ }} [[ ]]</c>) become
    /// literal text; CRLF and lone CR become <c>\n</c>, so a .cs file saved with CRLF gives the same parser.
    /// </summary>
    internal static class LayoutReader
    {
        public static IReadOnlyList<LayoutSyntax> Read(string layout, List<LayoutProblem> problems)
        {
            int position = 0;
            var root = ReadSequence(layout, ref position, problems, groupStart: -1);
            return root;
        }

        private static List<LayoutSyntax> ReadSequence(string layout, ref int position, List<LayoutProblem> problems, int groupStart)
        {
            var nodes = new List<LayoutSyntax>();
            var literal = new StringBuilder();
            int literalStart = position;

            void FlushLiteral(int end)
            {
                if (literal.Length > 0)
                {
                    nodes.Add(new LiteralSyntax(literal.ToString(), literalStart, end - literalStart));
                    literal.Clear();
                }
            }

            while (position < layout.Length)
            {
                char c = layout[position];
                char next = position + 1 < layout.Length ? layout[position + 1] : '\0';
                if ((c == '{' && next == '{') || (c == '}' && next == '}') || (c == '[' && next == '[') || (c == ']' && next == ']'))
                {
                    if (literal.Length == 0)
                    {
                        literalStart = position;
                    }

                    literal.Append(c);
                    position += 2;
                    continue;
                }

                switch (c)
                {
                    case '{':
                        FlushLiteral(position);
                        int close = layout.IndexOf('}', position + 1);
                        int lineBreak = layout.IndexOfAny(new[] { '\n', '\r', '{' }, position + 1);
                        if (close < 0 || (lineBreak >= 0 && lineBreak < close))
                        {
                            int shown = (lineBreak >= 0 ? lineBreak : layout.Length) - position;
                            problems.Add(new LayoutProblem("ARTG004", position, 1, layout.Substring(position, Math.Min(shown, 24))));
                            position = lineBreak >= 0 ? lineBreak : layout.Length;
                        }
                        else
                        {
                            var capture = ReadCapture(layout, position, close, problems);
                            if (capture is not null)
                            {
                                nodes.Add(capture);
                            }

                            position = close + 1;
                        }

                        literalStart = position;
                        break;
                    case '}':
                        problems.Add(new LayoutProblem("ARTG006", position, 1, "}"));
                        position++;
                        break;
                    case '[':
                        FlushLiteral(position);
                        int start = position;
                        position++;
                        var children = ReadSequence(layout, ref position, problems, start);

                        // [<D>{Codes...}</D>]... : the part repeats, once per item of the list inside it.
                        bool repeated = string.CompareOrdinal(layout, position, "...", 0, 3) == 0;
                        if (repeated)
                        {
                            position += 3;
                        }

                        nodes.Add(new GroupSyntax(children, start, position - start) { IsRepeated = repeated });
                        literalStart = position;
                        break;
                    case ']':
                        if (groupStart >= 0)
                        {
                            FlushLiteral(position);
                            position++;
                            return nodes;
                        }

                        problems.Add(new LayoutProblem("ARTG007", position, 1));
                        position++;
                        break;
                    case '\r':
                        if (literal.Length == 0)
                        {
                            literalStart = position;
                        }

                        literal.Append('\n');
                        position += next == '\n' ? 2 : 1;
                        break;
                    default:
                        if (literal.Length == 0)
                        {
                            literalStart = position;
                        }

                        literal.Append(c);
                        position++;
                        break;
                }
            }

            FlushLiteral(position);
            if (groupStart >= 0)
            {
                problems.Add(new LayoutProblem("ARTG005", groupStart, 1));
            }

            return nodes;
        }

        private static CaptureSyntax? ReadCapture(string layout, int open, int close, List<LayoutProblem> problems)
        {
            string inner = layout.Substring(open + 1, close - open - 1);

            // {Member...} is a list; {Member..., } a list within one line, its items separated by what follows "...".
            int dots = inner.IndexOf("...", StringComparison.Ordinal);
            bool isList = dots >= 0;
            string inlineSeparator = string.Empty;
            if (isList)
            {
                inlineSeparator = inner.Substring(dots + 3);
                inner = inner.Substring(0, dots);
            }

            string name = inner;
            string? format = null;
            int colon = inner.IndexOf(':');
            if (colon >= 0)
            {
                name = inner.Substring(0, colon);
                format = inner.Substring(colon + 1);
            }

            // {Member~}: the capture may run across lines although the text that ends it follows on its own line.
            bool spansLines = name.EndsWith("~", StringComparison.Ordinal);
            if (spansLines)
            {
                name = name.Substring(0, name.Length - 1);
            }

            if (!IsIdentifier(name) || (format is not null && format.Length == 0) || (spansLines && isList))
            {
                problems.Add(new LayoutProblem("ARTG008", open, close - open + 1, layout.Substring(open, close - open + 1)));
                return null;
            }

            return new CaptureSyntax(name, format, isList, spansLines, open, close - open + 1, open + 1) { InlineSeparator = inlineSeparator };
        }

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
