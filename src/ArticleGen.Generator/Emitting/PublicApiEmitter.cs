using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>Writes the public API every [ArticleLayout] record gets (DESIGN.md's table).</summary>
    internal static class PublicApiEmitter
    {
        private const string Rt = EmitContext.Runtime;

        public static void Emit(EmitContext c)
        {
            var w = c.W;
            var m = c.Model;
            string t = m.FullName;
            // Where the target lacks these attributes (netstandard2.0, .NET Framework), PolyfillEmitter supplies them.
            string notNullWhen = EmitContext.NotNullWhenTrue;
            string maybeNullWhen = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] ";
            string keep = m.NeedsBacking ? "true" : "false";
            string keepWhy = m.NeedsBacking
                ? "Members of type ReadOnlyMemory<char> slice the input, so the input is kept (or copied once)."
                : "Every member copies its text, so the decoded input can live in a pooled buffer.";

            w.Comment(keepWhy);
            w.Line($"private const bool __KeepBacking = {keep};");
            w.Line();

            w.Line($"/// <summary>Reads a <see cref=\"{EmitContext.Id(m.Name)}\"/> from text laid out as its [ArticleLayout] says.</summary>");
            LayoutDocs.EmitRemarks(c);
            w.Line("/// <param name=\"text\">The article text.</param>");
            EmitEntry(w,
                "/// <exception cref=\"global::ArticleGen.ArticleFormatException\">The text does not fit the layout; the exception says where and what was expected.</exception>",
                $"public static {t} Parse({EmitContext.ReadOnlySpanOfChar} text)",
                $"{Rt}ArticleInput.FromChars(text, __KeepBacking)",
                "return __ParseOrThrow(ref input);");
            EmitEntry(w,
                $$"""
                /// <summary>Reads a <see cref="{{EmitContext.Id(m.Name)}}"/> from a string; see <see cref="Parse(global::System.ReadOnlySpan{char})"/>.</summary>
                /// <exception cref="global::ArticleGen.ArticleFormatException">The text does not fit the layout.</exception>
                """,
                $"public static {t} Parse(string text)",
                $"{Rt}ArticleInput.FromString(text, __KeepBacking)",
                "return __ParseOrThrow(ref input);",
                """
                if (text is null)
                {
                    throw new global::System.ArgumentNullException(nameof(text));
                }
                """);
            // UTF-8 is scanned as bytes where a byte scanner was written (C# 11, .NET 8), else decoded and scanned as text.
            string utf8Input = c.ScansUtf8 ? $"{Rt}ArticleUtf8Input.From(utf8)" : $"{Rt}ArticleInput.FromUtf8(utf8, __KeepBacking, {c.TypeLiteral})";
            string utf8Suffix = c.ScansUtf8 ? "Utf8" : string.Empty;
            string utf8How = c.ScansUtf8 ? ", read as bytes where they lie, each value decoded from its own bytes" : " in one decoding pass";
            string spanCopies = m.SlicesUtf8 ? " Members of type <c>ReadOnlyMemory&lt;byte&gt;</c> are copies of their bytes (a span has no memory to slice): for slices, pass a <c>ReadOnlyMemory&lt;byte&gt;</c>." : string.Empty;
            EmitEntry(w,
                $$"""
                /// <summary>Reads a <see cref="{{EmitContext.Id(m.Name)}}"/> from UTF-8 bytes (a leading BOM is skipped){{utf8How}}.{{spanCopies}}</summary>
                /// <exception cref="global::ArticleGen.ArticleFormatException">The bytes are not valid UTF-8 (the error gives the byte offset) or the text does not fit the layout.</exception>
                """,
                $"public static {t} Parse(global::System.ReadOnlySpan<byte> utf8)",
                utf8Input,
                $"return __ParseOrThrow{utf8Suffix}(ref input);");
            EmitEntry(w,
                "/// <summary>Tries to read the text; never throws, whatever the input.</summary>",
                $"public static bool TryParse({EmitContext.ReadOnlySpanOfChar} text, {notNullWhen}out {t}? result)",
                $"{Rt}ArticleInput.FromChars(text, __KeepBacking)",
                "return __TryParse(ref input, out result);");
            EmitEntry(w,
                "/// <summary>Tries to read the string; never throws, whatever the input (null gives false).</summary>",
                $"public static bool TryParse({notNullWhen}string? text, {notNullWhen}out {t}? result)",
                $"{Rt}ArticleInput.FromString(text, __KeepBacking)",
                "return __TryParse(ref input, out result);",
                """
                if (text is null)
                {
                    result = null;
                    return false;
                }
                """);
            EmitEntry(w,
                "/// <summary>Tries to read UTF-8 bytes; never throws, whatever the input (invalid UTF-8 gives false).</summary>",
                $"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, {notNullWhen}out {t}? result)",
                utf8Input,
                $"return __TryParse{utf8Suffix}(ref input, out result);");
            if (m.SlicesUtf8)
            {
                EmitMemoryEntries(c, utf8Suffix);
            }

            // Both paths share one reader; only what happens on failure differs.
            string dropFinalLineBreak = c.IsDocument ? string.Empty : "\n    // One line: a final line break, as a file's last line has, is not part of it (nor blank lines after it).\n    input.DropPadding();\n";
            w.Lines($$"""
                private static {{t}} __ParseOrThrow(ref {{Rt}}ArticleInput input)
                {
                    if (input.Failed)
                    {
                        throw input.Error.ToException(input.Text);
                    }
                {{dropFinalLineBreak}}
                    var error = default({{Rt}}ParseError);
                    if (__ReadArticle(input.Text, input.Backing, 0, ref error, out {{t}}? result))
                    {
                        return result!;
                    }

                    throw error.ToException(input.Text);
                }

                private static bool __TryParse(ref {{Rt}}ArticleInput input, {{notNullWhen}}out {{t}}? result)
                {
                    if (input.Failed)
                    {
                        result = null;
                        return false;
                    }
                {{dropFinalLineBreak}}
                    var error = default({{Rt}}ParseError);
                    return __ReadArticle(input.Text, input.Backing, 0, ref error, out result);
                }

                """);
            if (c.ScansUtf8)
            {
                w.Lines($$"""
                    private static {{t}} __ParseOrThrowUtf8(ref {{Rt}}ArticleUtf8Input input)
                    {{{dropFinalLineBreak}}
                        var error = default({{Rt}}ParseError);
                        if (__ReadArticleUtf8(input.Text, input.Backing, 0, ref error, out {{t}}? result))
                        {
                            return result!;
                        }

                        // A text that reads is valid UTF-8 (its literals matched exactly, its values decoded strictly), so
                        // validity is checked here only: invalid UTF-8 is the error wherever the scan stopped.
                        if (!input.IsValid)
                        {
                            throw input.ToInputException({{c.TypeLiteral}});
                        }

                        // The error is placed in bytes; the exception gives line and column in characters, as for text.
                        throw error.ToException(input.Text);
                    }

                    private static bool __TryParseUtf8(ref {{Rt}}ArticleUtf8Input input, {{notNullWhen}}out {{t}}? result)
                    {{{dropFinalLineBreak}}
                        var error = default({{Rt}}ParseError);
                        return __ReadArticleUtf8(input.Text, input.Backing, 0, ref error, out result);
                    }

                    """);
            }
            EmitFormatApi(c);
            EmitPrinting(c);
            EmitInterfaces(c, maybeNullWhen, notNullWhen);
        }

        /// <summary>
        /// <c>Parse(ReadOnlyMemory&lt;byte&gt;)</c> and <c>Parse(byte[])</c>, with their TryParse, for a record whose
        /// <c>ReadOnlyMemory&lt;byte&gt;</c> members can slice the caller's UTF-8. Only such records get them: for any
        /// other they would add nothing, and they make <c>Parse(null)</c> and an <c>ArraySegment&lt;byte&gt;</c> argument
        /// ambiguous. <c>byte[]</c> gets its own overload because it converts to both <c>ReadOnlySpan&lt;byte&gt;</c> and
        /// <c>ReadOnlyMemory&lt;byte&gt;</c> (an ambiguity before C# 14); it binds to the memory, so its members are slices too.
        /// </summary>
        private static void EmitMemoryEntries(EmitContext c, string utf8Suffix)
        {
            var w = c.W;
            string t = c.Model.FullName;
            string notNullWhen = EmitContext.NotNullWhenTrue;
            string name = EmitContext.Id(c.Model.Name);
            string input = c.ScansUtf8 ? $"{Rt}ArticleUtf8Input.From(utf8)" : $"{Rt}ArticleInput.FromUtf8(utf8.Span, __KeepBacking, {c.TypeLiteral})";
            string valid = c.ScansUtf8
                ? "Members of type <c>ReadOnlyMemory&lt;byte&gt;</c> are slices of <paramref name=\"utf8\"/>, not copies: they are valid while that memory holds these bytes, so do not reuse, change or return (to a pool) the buffer while the record is in use. Where the input has CRLF line breaks they slice a normalized copy of their own instead (never pooled)."
                : "Members of type <c>ReadOnlyMemory&lt;byte&gt;</c> are copies here: this target (netstandard2.0 or C# before 11) reads UTF-8 by decoding it, so there are no bytes to slice.";
            EmitEntry(w,
                $$"""
                /// <summary>Reads a <see cref="{{name}}"/> from UTF-8 in memory (a leading BOM is skipped). {{valid}}</summary>
                /// <exception cref="global::ArticleGen.ArticleFormatException">The bytes are not valid UTF-8 or the text does not fit the layout.</exception>
                """,
                $"public static {t} Parse(global::System.ReadOnlyMemory<byte> utf8)",
                input,
                $"return __ParseOrThrow{utf8Suffix}(ref input);");
            EmitEntry(w,
                $"/// <summary>Tries to read UTF-8 in memory; never throws, whatever the input. {valid}</summary>",
                $"public static bool TryParse(global::System.ReadOnlyMemory<byte> utf8, {notNullWhen}out {t}? result)",
                input,
                $"return __TryParse{utf8Suffix}(ref input, out result);");
            w.Lines($$"""
                /// <summary>
                /// Reads a <see cref="{{name}}"/> from a UTF-8 byte array, as <see cref="Parse(global::System.ReadOnlyMemory{byte})"/> does:
                /// members of type <c>ReadOnlyMemory&lt;byte&gt;</c> slice the array, so do not change it while the record is in use.
                /// (A <c>byte[]</c> converts to both <c>ReadOnlySpan&lt;byte&gt;</c> and <c>ReadOnlyMemory&lt;byte&gt;</c>; this overload decides.)
                /// </summary>
                /// <exception cref="global::ArticleGen.ArticleFormatException">The bytes are not valid UTF-8 or the text does not fit the layout.</exception>
                public static {{t}} Parse(byte[] utf8)
                {
                    if (utf8 is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(utf8));
                    }

                    return Parse(new global::System.ReadOnlyMemory<byte>(utf8));
                }

                /// <summary>Tries to read a UTF-8 byte array, as <see cref="Parse(byte[])"/> does; never throws (null gives false).</summary>
                public static bool TryParse({{notNullWhen}}byte[]? utf8, {{notNullWhen}}out {{t}}? result)
                {
                    if (utf8 is null)
                    {
                        result = null;
                        return false;
                    }

                    return TryParse(new global::System.ReadOnlyMemory<byte>(utf8), out result);
                }

                """);
        }

        /// <summary>
        /// One public entry point: read the input into an <c>ArticleInput</c> (decoded, normalized, maybe pooled),
        /// run <paramref name="statement"/> on it, and return its pooled memory whatever happens.
        /// </summary>
        private static void EmitEntry(SourceWriter w, string docs, string signature, string input, string statement, string? guard = null)
        {
            w.Lines(docs);
            using (w.Block(signature))
            {
                if (guard is not null)
                {
                    w.Lines(guard);
                    w.Line();
                }

                w.Lines($$"""
                    var input = {{input}};
                    try
                    {
                        {{statement}}
                    }
                    finally
                    {
                        input.Dispose();
                    }
                    """);
            }

            w.Line();
        }

        private static void EmitFormatApi(EmitContext c)
        {
            string pool = "global::System.Buffers.ArrayPool<char>.Shared";
            string type = c.TypeLiteral;
            string ending = c.IsDocument ? ", ending with a line break" : string.Empty;

            // Every output goes through one pooled char buffer written by __TryWriteArticle (which checks that the
            // text reads back the same); the UTF-8 forms encode that buffer in one pass.
            c.W.Lines($$"""
                /// <summary>The canonical text: LF line breaks{{ending}}. <c>Parse(Format())</c> equals this record.</summary>
                /// <exception cref="global::System.ArgumentException">A value would not read back the same (for example a line break in a one-line field).</exception>
                public string Format()
                {
                    // Where the length is known before writing (text values, fixed-width formats), the text is written
                    // straight into the new string; otherwise, or if the length turns out different, into a pooled buffer first.
                    int exact = __ExactLength(topLevel: true);
                    if (exact >= 0 && {{Rt}}ArticleOutput.TryCreateString(exact, this, __writeText) is string text)
                    {
                        return text;
                    }

                    char[] buffer = __FormatPooled(int.MaxValue, out int length)!;
                    try
                    {
                        return new string(buffer, 0, length);
                    }
                    finally
                    {
                        {{pool}}.Return(buffer);
                    }
                }

                /// <summary>Writes the canonical text; false only when <paramref name="destination"/> is too small. Allocates nothing.</summary>
                /// <exception cref="global::System.ArgumentException">A value would not read back the same.</exception>
                public bool TryFormat({{EmitContext.SpanOfChar}} destination, out int charsWritten) => __TryWriteText(destination, out charsWritten);

                {{Utf8Api(c)}}
                private static readonly {{Rt}}SpanWriter<{{c.Model.FullName}}> __writeText = ({{c.Model.FullName}} self, {{EmitContext.SpanOfChar}} destination, out int written) => self.__TryWriteText(destination, out written);

                /// <summary>Formats into a pooled buffer, growing it as needed up to <paramref name="maxLength"/>; null when the text is longer.</summary>
                private char[]? __FormatPooled(int maxLength, out int charsWritten)
                {
                    int size = global::System.Math.Max(256, global::System.Math.Min(maxLength, __EstimateLength()));
                    while (true)
                    {
                        char[] buffer = {{pool}}.Rent(size);
                        bool written;
                        try
                        {
                            written = __TryWriteText(buffer, out charsWritten);
                        }
                        catch
                        {
                            {{pool}}.Return(buffer);
                            throw;
                        }

                        if (written)
                        {
                            return buffer;
                        }

                        {{pool}}.Return(buffer);
                        if (buffer.Length >= maxLength)
                        {
                            charsWritten = 0;
                            return null;
                        }

                        size = buffer.Length > int.MaxValue / 2 ? int.MaxValue : buffer.Length * 2;
                    }
                }

                """);
            c.W.Lines(TryWriteText(c, CodeUnit.Char));
            if (c.ScansUtf8)
            {
                c.W.Lines(TryWriteText(c, CodeUnit.Utf8));
            }
        }

        /// <summary>
        /// TryFormat(Span&lt;byte&gt;) and WriteTo. Where the record has a UTF-8 writer (<see cref="EmitContext.ScansUtf8"/>)
        /// they write the bytes straight into the destination; else (netstandard2.0, C# before 11) the text is written
        /// into a pooled char buffer and encoded in one pass. A value with a lone surrogate (no UTF-8 form) is rare:
        /// then the text path runs, so that the refusal is exactly the one it gives (an unreadable value first).
        /// </summary>
        private static string Utf8Api(EmitContext c)
        {
            string pool = "global::System.Buffers.ArrayPool<char>.Shared";
            string type = c.TypeLiteral;
            string viaText = $$"""
                /// <summary>Writes the canonical text into a pooled char buffer, then encodes it into <paramref name="utf8Destination"/>.</summary>
                private bool __TryFormatUtf8ViaText(global::System.Span<byte> utf8Destination, out int bytesWritten)
                {
                    // UTF-8 takes at least one byte per UTF-16 unit: text that does not fit in as many chars cannot fit in the bytes.
                    char[]? buffer = __FormatPooled(utf8Destination.Length, out int length);
                    if (buffer is null)
                    {
                        bytesWritten = 0;
                        return false;
                    }

                    try
                    {
                        return {{Rt}}ArticleOutput.TryEncode(new global::System.ReadOnlySpan<char>(buffer, 0, length), utf8Destination, out bytesWritten, {{type}});
                    }
                    finally
                    {
                        {{pool}}.Return(buffer);
                    }
                }

                /// <summary>Writes the canonical text into a pooled char buffer, then encodes it into <paramref name="utf8"/>.</summary>
                private void __WriteToViaText(global::System.Buffers.IBufferWriter<byte> utf8)
                {
                    char[] buffer = __FormatPooled(int.MaxValue, out int length)!;
                    try
                    {
                        {{Rt}}ArticleOutput.Write(new global::System.ReadOnlySpan<char>(buffer, 0, length), utf8, {{type}});
                    }
                    finally
                    {
                        {{pool}}.Return(buffer);
                    }
                }

                """;
            const string Docs = """
                /// <summary>Writes the canonical text as UTF-8; false only when <paramref name="utf8Destination"/> is too small. Allocates nothing.</summary>
                /// <exception cref="global::System.ArgumentException">A value would not read back the same, or holds a lone surrogate (no UTF-8 form).</exception>
                """;
            const string WriteToDocs = """
                /// <summary>Writes the canonical text as UTF-8 into <paramref name="utf8"/>, without an intermediate string.</summary>
                /// <exception cref="global::System.ArgumentException">A value would not read back the same, or holds a lone surrogate (no UTF-8 form).</exception>
                """;
            if (!c.ScansUtf8)
            {
                return $$"""
                    {{Docs}}
                    public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten) => __TryFormatUtf8ViaText(utf8Destination, out bytesWritten);

                    {{WriteToDocs}}
                    public void WriteTo(global::System.Buffers.IBufferWriter<byte> utf8)
                    {
                        if (utf8 is null)
                        {
                            throw new global::System.ArgumentNullException(nameof(utf8));
                        }

                        __WriteToViaText(utf8);
                    }

                    {{viaText}}
                    """;
            }

            return $$"""
                {{Docs}}
                public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten)
                {
                    if (__TryWriteTextUtf8(utf8Destination, out bytesWritten))
                    {
                        return true;
                    }

                    if (bytesWritten < 0)
                    {
                        // A value holds a lone surrogate: the text path refuses the record as Format would, or refuses the surrogate.
                        return __TryFormatUtf8ViaText(utf8Destination, out bytesWritten);
                    }

                    return false;
                }

                {{WriteToDocs}}
                public void WriteTo(global::System.Buffers.IBufferWriter<byte> utf8)
                {
                    if (utf8 is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(utf8));
                    }

                    // Straight into the writer's buffer. UTF-8 takes at most 3 bytes per UTF-16 unit, so the first span fits
                    // unless the guess of the length (for the values that are not text) was short; then a bigger one is asked for.
                    int size = (int)global::System.Math.Min(int.MaxValue, global::System.Math.Max(256, 3L * __EstimateLength()));
                    while (true)
                    {
                        global::System.Span<byte> destination = utf8.GetSpan(size);
                        if (__TryWriteTextUtf8(destination, out int written))
                        {
                            utf8.Advance(written);
                            return;
                        }

                        if (written < 0)
                        {
                            // A value holds a lone surrogate: the text path refuses the record as Format would, or refuses the surrogate.
                            __WriteToViaText(utf8);
                            return;
                        }

                        if (destination.Length == int.MaxValue)
                        {
                            throw new global::System.InvalidOperationException("The text is longer than any span the IBufferWriter<byte> can give.");
                        }

                        size = destination.Length > int.MaxValue / 2 ? int.MaxValue : global::System.Math.Max(size, destination.Length) * 2;
                    }
                }

                {{viaText}}
                """;
        }

        /// <summary>
        /// One meaning for printing the record: <c>ToString()</c>, interpolation, <c>IFormattable</c> and
        /// <c>TextWriter.Write</c> all give the article text <c>Format()</c> writes (a type that parses from text
        /// prints as that text, as <c>Guid</c> and <c>DateOnly</c> do). The debugger shows a one-line preview instead.
        /// </summary>
        /// <summary>
        /// <c>ToString()</c>: the article text. It must not throw (debuggers, loggers and string concatenation call
        /// it), so a value <c>Format</c> refuses prints as the compiler's record printer would have printed it.
        /// </summary>
        internal static string ToStringMethod(string recordName) => $$"""
            /// <summary>
            /// The article text, the same as <see cref="Format()"/> (so interpolation and <c>TextWriter.Write</c> print the article too).
            /// A value that <see cref="Format()"/> refuses (it would not read back the same) prints as a record does, <c>{{recordName}} { Member = value, ... }</c>, since ToString does not throw.
            /// </summary>
            public override string ToString()
            {
                try
                {
                    return Format();
                }
                catch (global::System.ArgumentException)
                {
                    // The record printer's own form, from the compiler's PrintMembers.
                    var text = new global::System.Text.StringBuilder();
                    text.Append({{EmitContext.Quote(recordName)}}).Append(" { ");
                    if (PrintMembers(text))
                    {
                        text.Append(' ');
                    }

                    return text.Append('}').ToString();
                }
            }

            """;

        private static void EmitPrinting(EmitContext c)
        {
            if (c.Model.EmitToString)
            {
                c.W.Lines(ToStringMethod(c.Model.Name));
            }

            if (c.Model.EmitDebuggerDisplay)
            {
                string name = c.TypeLiteral;
                c.W.Lines($$"""
                    /// <summary>What the debugger shows: the type and the article's first line, at most 60 characters.</summary>
                    [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
                    private string __DebuggerDisplay
                    {
                        get
                        {
                            string text;
                            try
                            {
                                text = Format();
                            }
                            catch (global::System.ArgumentException e)
                            {
                                return {{name}} + " (cannot be formatted: " + e.Message + ")";
                            }

                            int end = text.IndexOf('\n');
                            string line = end < 0 ? text : text.Substring(0, end);
                            return {{name}} + ": " + (line.Length > 60 ? line.Substring(0, 60) + "..." : line) + (end >= 0 && end < text.Length - 1 ? " (" + text.Length + " chars)" : string.Empty);
                        }
                    }

                    """);
            }
        }

        /// <summary>The top-level text: the layout written out, with the line breaks the attribute's NewLine asks for.</summary>
        private static string TryWriteText(EmitContext c, CodeUnit unit)
        {
            string span = unit.DestinationType;
            string count = unit.WrittenName;
            string suffix = unit.Suffix;
            string what = unit.IsUtf8 ? "the text as UTF-8" : "the text";
            return c.Model.WritesCrLf
                ? $$"""
                    /// <summary>Writes {{what}} with CRLF line breaks (NewLine = "\r\n"): written with LF and checked, then widened in place.</summary>
                    private bool __TryWriteText{{suffix}}({{span}} destination, out int {{count}})
                    {
                        if (!__TryWriteArticle{{suffix}}(destination, out int written, topLevel: true))
                        {
                            {{count}} = written;
                            return false;
                        }

                        return {{Rt}}ArticleOutput.TryUseCrLf(destination, written, out {{count}});
                    }

                    """
                : $$"""
                    /// <summary>Writes {{what}} with LF line breaks.</summary>
                    private bool __TryWriteText{{suffix}}({{span}} destination, out int {{count}}) => __TryWriteArticle{{suffix}}(destination, out {{count}}, topLevel: true);

                    """;
        }

        /// <summary>
        /// The BCL's parsing and formatting interfaces, explicitly implemented on top of the methods above, so
        /// the record works with generic code (<c>T.Parse</c>, interpolation, UTF-8 writers) on .NET 8 and later.
        /// </summary>
        private static void EmitInterfaces(EmitContext c, string maybeNullWhen, string notNullWhen)
        {
            string t = c.Model.FullName;
            string provider = "global::System.IFormatProvider? provider";
            if ((c.Model.Features & TargetFeatures.SpanParsable) != 0)
            {
                c.W.Lines($$"""
                    static {{t}} global::System.IParsable<{{t}}>.Parse(string s, {{provider}}) => Parse(s);

                    static bool global::System.IParsable<{{t}}>.TryParse({{notNullWhen}}string? s, {{provider}}, {{maybeNullWhen}}out {{t}} result)
                    {
                        bool parsed = TryParse(s, out {{t}}? value);
                        result = value!;
                        return parsed;
                    }

                    static {{t}} global::System.ISpanParsable<{{t}}>.Parse({{EmitContext.ReadOnlySpanOfChar}} s, {{provider}}) => Parse(s);

                    static bool global::System.ISpanParsable<{{t}}>.TryParse({{EmitContext.ReadOnlySpanOfChar}} s, {{provider}}, {{maybeNullWhen}}out {{t}} result)
                    {
                        bool parsed = TryParse(s, out {{t}}? value);
                        result = value!;
                        return parsed;
                    }

                    string global::System.IFormattable.ToString(string? format, global::System.IFormatProvider? formatProvider) => Format();

                    bool global::System.ISpanFormattable.TryFormat({{EmitContext.SpanOfChar}} destination, out int charsWritten, {{EmitContext.ReadOnlySpanOfChar}} format, {{provider}}) => TryFormat(destination, out charsWritten);

                    """);
            }

            if ((c.Model.Features & TargetFeatures.Utf8SpanParsable) != 0)
            {
                c.W.Lines($$"""
                    static {{t}} global::System.IUtf8SpanParsable<{{t}}>.Parse(global::System.ReadOnlySpan<byte> utf8Text, {{provider}}) => Parse(utf8Text);

                    static bool global::System.IUtf8SpanParsable<{{t}}>.TryParse(global::System.ReadOnlySpan<byte> utf8Text, {{provider}}, {{maybeNullWhen}}out {{t}} result)
                    {
                        bool parsed = TryParse(utf8Text, out {{t}}? value);
                        result = value!;
                        return parsed;
                    }

                    bool global::System.IUtf8SpanFormattable.TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten, {{EmitContext.ReadOnlySpanOfChar}} format, {{provider}}) => TryFormat(utf8Destination, out bytesWritten);

                    """);
            }
        }
    }
}
