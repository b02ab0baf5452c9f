using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Maps a span of the layout string's value back to the source text that wrote it, so that a diagnostic
    /// lands on the exact faulty characters: through escape sequences in regular strings, doubled quotes in
    /// verbatim strings, and the removed indentation of raw strings. Anything else (a constant, a
    /// concatenation, an interpolation) falls back to the whole argument.
    /// </summary>
    internal sealed class LayoutLocations
    {
        private readonly ExpressionSyntax _argument;
        private readonly string _value;
        private TextSpan[]? _charSpans;
        private bool _mapped;

        private LayoutLocations(ExpressionSyntax argument, string value)
        {
            _argument = argument;
            _value = value;
        }

        /// <summary>The map is built when the first diagnostic needs it: a layout without problems never pays for it.</summary>
        public static LayoutLocations Create(ExpressionSyntax argument, string value) => new LayoutLocations(argument, value);

        private void EnsureMapped()
        {
            if (_mapped)
            {
                return;
            }

            _mapped = true;
            if (_argument is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                _charSpans = Map(literal.Token);
                if (_charSpans is not null && _charSpans.Length != _value.Length)
                {
                    _charSpans = null;
                }
            }
        }

        /// <summary>The source location of <paramref name="length"/> value characters from <paramref name="start"/>.</summary>
        public Location Get(int start, int length)
        {
            EnsureMapped();
            SyntaxTree tree = _argument.SyntaxTree;
            if (_charSpans is null || _charSpans.Length == 0)
            {
                return tree.GetLocation(_argument.Span);
            }

            start = Math.Max(0, Math.Min(start, _charSpans.Length - 1));
            int last = Math.Max(start, Math.Min(start + Math.Max(length, 1) - 1, _charSpans.Length - 1));
            return tree.GetLocation(TextSpan.FromBounds(_charSpans[start].Start, _charSpans[last].End));
        }

        public Location Whole => _argument.GetLocation();

        private static TextSpan[]? Map(SyntaxToken token)
        {
            string text = token.Text;
            int offset = token.SpanStart;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal):
                    return MapVerbatim(text, offset);
                case SyntaxKind.StringLiteralToken:
                    return MapRegular(text, offset);
                case SyntaxKind.SingleLineRawStringLiteralToken:
                    return MapSingleLineRaw(text, offset);
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return MapMultiLineRaw(text, offset);
                default:
                    return null;
            }
        }

        private static TextSpan[]? MapRegular(string text, int offset)
        {
            var spans = new List<TextSpan>();
            int i = 1;
            int end = text.Length - 1;
            while (i < end)
            {
                if (text[i] != '\\')
                {
                    spans.Add(new TextSpan(offset + i, 1));
                    i++;
                    continue;
                }

                int length;
                int produced = 1;
                char kind = i + 1 < end ? text[i + 1] : '\0';
                switch (kind)
                {
                    case 'u':
                        length = 6;
                        break;
                    case 'U':
                        length = 10;
                        if (i + length <= end && uint.TryParse(text.Substring(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint codePoint) && codePoint > 0xFFFF)
                        {
                            produced = 2;
                        }

                        break;
                    case 'x':
                        length = 2;
                        while (length < 6 && i + length < end && Uri.IsHexDigit(text[i + length]))
                        {
                            length++;
                        }

                        break;
                    default:
                        length = 2;
                        break;
                }

                for (int p = 0; p < produced; p++)
                {
                    spans.Add(new TextSpan(offset + i, length));
                }

                i += length;
            }

            return spans.ToArray();
        }

        private static TextSpan[] MapVerbatim(string text, int offset)
        {
            var spans = new List<TextSpan>();
            int i = 2;
            int end = text.Length - 1;
            while (i < end)
            {
                int length = text[i] == '"' ? 2 : 1;
                spans.Add(new TextSpan(offset + i, length));
                i += length;
            }

            return spans.ToArray();
        }

        private static TextSpan[] MapSingleLineRaw(string text, int offset)
        {
            int quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            var spans = new List<TextSpan>();
            for (int i = quotes; i < text.Length - quotes; i++)
            {
                spans.Add(new TextSpan(offset + i, 1));
            }

            return spans.ToArray();
        }

        private static TextSpan[]? MapMultiLineRaw(string text, int offset)
        {
            int quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            // Lines of the token: the opening line, the content lines, the closing line.
            var lines = new List<(int Start, int Length, int BreakLength)>();
            int lineStart = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' || text[i] == '\n')
                {
                    int breakLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    lines.Add((lineStart, i - lineStart, breakLength));
                    i += breakLength - 1;
                    lineStart = i + 1;
                }
            }

            lines.Add((lineStart, text.Length - lineStart, 0));
            if (lines.Count < 3)
            {
                return null;
            }

            var closing = lines[lines.Count - 1];
            int indentation = 0;
            while (indentation < closing.Length && (text[closing.Start + indentation] == ' ' || text[closing.Start + indentation] == '\t'))
            {
                indentation++;
            }

            var spans = new List<TextSpan>();
            for (int line = 1; line < lines.Count - 1; line++)
            {
                var (start, length, breakLength) = lines[line];
                int skip = Math.Min(indentation, length);
                for (int i = start + skip; i < start + length; i++)
                {
                    spans.Add(new TextSpan(offset + i, 1));
                }

                if (line < lines.Count - 2)
                {
                    // The line break between content lines is part of the value; CRLF in the file is one value
                    // character or two, depending on the file, and both map to the break.
                    for (int b = 0; b < breakLength; b++)
                    {
                        spans.Add(new TextSpan(offset + start + length, breakLength));
                    }
                }
            }

            return spans.ToArray();
        }
    }
}
