using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>A small indented text writer: the emitter's only way to produce text.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(line);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>Writes several lines (a raw string), each at the current indentation.</summary>
        public SourceWriter Lines(string text)
        {
            foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
            {
                Line(line);
            }

            return this;
        }

        /// <summary>Writes <paramref name="header"/> and <c>{</c>, and indents until the returned scope is disposed.</summary>
        public Scope Block(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return new Scope(this, "}");
        }

        /// <summary>Opens one block per header, each inside the one before; disposing the scope closes them all, innermost first.</summary>
        public NestedScope Blocks(IEnumerable<string> headers)
        {
            int depth = 0;
            foreach (string header in headers)
            {
                Block(header);
                depth++;
            }

            return new NestedScope(this, depth);
        }

        /// <summary>A doc or line comment, one <paramref name="prefix"/> per line.</summary>
        public SourceWriter Comment(string text, string prefix = "// ")
        {
            foreach (string line in text.Split('\n'))
            {
                Line((prefix + Parsing.Describe.CommentText(line)).TrimEnd());
            }

            return this;
        }

        public override string ToString() => _builder.ToString();

        internal void Indent() => _indent++;

        internal void Outdent() => _indent--;

        internal readonly struct Scope : IDisposable
        {
            private readonly SourceWriter _writer;
            private readonly string _closing;

            public Scope(SourceWriter writer, string closing)
            {
                _writer = writer;
                _closing = closing;
            }

            public void Dispose()
            {
                _writer._indent--;
                _writer.Line(_closing);
            }
        }
    }

    /// <summary>The blocks <see cref="SourceWriter.Blocks"/> opened; closes each with its brace.</summary>
    internal readonly struct NestedScope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly int _depth;

        public NestedScope(SourceWriter writer, int depth)
        {
            _writer = writer;
            _depth = depth;
        }

        public void Dispose()
        {
            for (int i = 0; i < _depth; i++)
            {
                _writer.Outdent();
                _writer.Line("}");
            }
        }
    }

    /// <summary>Indents without braces, for blocks whose braces the caller writes.</summary>
    internal readonly struct IndentScope : IDisposable
    {
        private readonly SourceWriter _writer;

        public IndentScope(SourceWriter writer)
        {
            _writer = writer;
            writer.Indent();
        }

        public void Dispose() => _writer.Outdent();
    }
}
