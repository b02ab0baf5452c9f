using System.Collections.Generic;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>The XML documentation that shows the layout and says, step by step, how it is read.</summary>
    internal static class LayoutDocs
    {
        public static void EmitRemarks(EmitContext c)
        {
            var w = c.W;
            w.Line("/// <remarks>");
            w.Line("/// <para>The layout (line breaks are line breaks in the text):</para>");
            w.Line("/// <code>");
            foreach (string line in c.Model.Layout.Split('\n'))
            {
                w.Line(("/// " + Xml(Describe.CommentText(line))).TrimEnd());
            }

            w.Line("/// </code>");
            w.Line("/// <para>How the text is read, left to right, never going back:</para>");
            w.Line("/// <list type=\"number\">");
            foreach (string step in Steps(c, c.Model.Nodes))
            {
                w.Line("/// <item><description>" + Xml(Describe.CommentText(step)) + "</description></item>");
            }

            w.Line("/// <item><description>" + (c.IsDocument ? "Then the text ends (blank lines at the very end are padding, not content)." : "Then the text ends (at the top level, one final line break is allowed).") + "</description></item>");
            w.Line("/// </list>");
            w.Line("/// <para>CRLF and LF both end a line and a leading byte order mark is skipped; values that span lines hold LF.</para>");
            w.Line("/// </remarks>");
        }

        private static IEnumerable<string> Steps(EmitContext c, EquatableArray<LayoutNode> nodes)
        {
            foreach (LayoutNode node in nodes)
            {
                switch (node.Kind)
                {
                    case LayoutNodeKind.Literal:
                        yield return Capitalize(Describe.Literal(node.Text)) + " must come next.";
                        break;
                    case LayoutNodeKind.Capture:
                        MemberModel member = c.Member(node);
                        yield return node.Source + " is read into " + member.Name + " (" + EmitContext.ShortTypeName(member) + "): "
                            + "it " + EmitContext.DescribeCaptureEnd(node) + ".";
                        break;
                    case LayoutNodeKind.List:
                        yield return node.IsWrapped
                            ? node.Source + " is read into the list " + c.Member(node).Name + ": " + node.ListShape + "."
                            : node.Source + " is read into the list " + c.Member(node).Name + ": " + node.ListShape + ", separated by "
                                + Describe.Literal(node.Separator) + "; the list ends where " + EmitContext.DescribeEnds(node.Ends) + " follows.";
                        break;
                    case LayoutNodeKind.Group:
                        yield return "Optional part " + node.Source + ": present only when the text goes on with " + Describe.Literal(node.Leader) + "; then:";
                        foreach (string step in Steps(c, node.Children))
                        {
                            yield return "    " + step;
                        }

                        break;
                }
            }
        }

        public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>Text made safe inside XML documentation: markup escaped, characters XML cannot hold written as \uXXXX.</summary>
        public static string Xml(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pair)
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (c == '&')
                {
                    builder.Append("&amp;");
                }
                else if (c == '<')
                {
                    builder.Append("&lt;");
                }
                else if (c == '>')
                {
                    builder.Append("&gt;");
                }
                else if ((c < ' ' && c != '\t') || char.IsSurrogate(c) || c is '\ufffe' or '\uffff')
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
