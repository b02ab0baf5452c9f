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
            bool attributes = (m.Features & TargetFeatures.NullableAttributes) != 0;
            string notNullWhen = attributes ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            string maybeNullWhen = attributes ? "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] " : string.Empty;
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
            w.Line("/// <exception cref=\"global::ArticleGen.ArticleFormatException\">The text does not fit the layout; the exception says where and what was expected.</exception>");
            using (w.Block($"public static {t} Parse({EmitContext.ReadOnlySpanOfChar} text)"))
            {
                w.Line($"var input = {Rt}ArticleInput.FromChars(text, __KeepBacking);");
                EmitUse("return __ParseOrThrow(ref input);");
            }

            w.Line();
            w.Line($"/// <summary>Reads a <see cref=\"{EmitContext.Id(m.Name)}\"/> from a string; see <see cref=\"Parse(global::System.ReadOnlySpan{{char}})\"/>.</summary>");
            w.Line("/// <exception cref=\"global::ArticleGen.ArticleFormatException\">The text does not fit the layout.</exception>");
            using (w.Block($"public static {t} Parse(string text)"))
            {
                using (w.Block("if (text is null)"))
                {
                    w.Line("throw new global::System.ArgumentNullException(nameof(text));");
                }

                w.Line();
                w.Line($"var input = {Rt}ArticleInput.FromString(text, __KeepBacking);");
                EmitUse("return __ParseOrThrow(ref input);");
            }

            w.Line();
            w.Line($"/// <summary>Reads a <see cref=\"{EmitContext.Id(m.Name)}\"/> from UTF-8 bytes (a leading BOM is skipped) in one decoding pass.</summary>");
            w.Line("/// <exception cref=\"global::ArticleGen.ArticleFormatException\">The bytes are not valid UTF-8 (the error gives the byte offset) or the text does not fit the layout.</exception>");
            using (w.Block($"public static {t} Parse(global::System.ReadOnlySpan<byte> utf8)"))
            {
                w.Line($"var input = {Rt}ArticleInput.FromUtf8(utf8, __KeepBacking, {c.TypeLiteral});");
                EmitUse("return __ParseOrThrow(ref input);");
            }

            w.Line();
            w.Line("/// <summary>Tries to read the text; never throws, whatever the input.</summary>");
            using (w.Block($"public static bool TryParse({EmitContext.ReadOnlySpanOfChar} text, {notNullWhen}out {t}? result)"))
            {
                w.Line($"var input = {Rt}ArticleInput.FromChars(text, __KeepBacking);");
                EmitUse("return __TryParse(ref input, out result);");
            }

            w.Line();
            w.Line("/// <summary>Tries to read the string; never throws, whatever the input (null gives false).</summary>");
            using (w.Block($"public static bool TryParse({notNullWhen}string? text, {notNullWhen}out {t}? result)"))
            {
                using (w.Block("if (text is null)"))
                {
                    w.Line("result = null;");
                    w.Line("return false;");
                }

                w.Line();
                w.Line($"var input = {Rt}ArticleInput.FromString(text, __KeepBacking);");
                EmitUse("return __TryParse(ref input, out result);");
            }

            w.Line();
            w.Line("/// <summary>Tries to read UTF-8 bytes; never throws, whatever the input (invalid UTF-8 gives false).</summary>");
            using (w.Block($"public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, {notNullWhen}out {t}? result)"))
            {
                w.Line($"var input = {Rt}ArticleInput.FromUtf8(utf8, __KeepBacking, {c.TypeLiteral});");
                EmitUse("return __TryParse(ref input, out result);");
            }

            w.Line();
            using (w.Block($"private static {t} __ParseOrThrow(ref {Rt}ArticleInput input)"))
            {
                using (w.Block("if (input.Failed)"))
                {
                    w.Line("throw input.Error.ToException(input.Text);");
                }

                w.Line();
                w.Line($"var error = default({Rt}ParseError);");
                using (w.Block($"if (__ReadArticle(input.Text, input.Backing, 0, ref error, out {t}? result))"))
                {
                    w.Line("return result!;");
                }

                w.Line();
                w.Line("throw error.ToException(input.Text);");
            }

            w.Line();
            using (w.Block($"private static bool __TryParse(ref {Rt}ArticleInput input, {notNullWhen}out {t}? result)"))
            {
                using (w.Block("if (input.Failed)"))
                {
                    w.Line("result = null;");
                    w.Line("return false;");
                }

                w.Line();
                w.Line($"var error = default({Rt}ParseError);");
                w.Line("return __ReadArticle(input.Text, input.Backing, 0, ref error, out result);");
            }

            w.Line();
            EmitFormatApi(c);
            EmitInterfaces(c, maybeNullWhen, notNullWhen);

            void EmitUse(string statement)
            {
                using (w.Block("try"))
                {
                    w.Line(statement);
                }

                using (w.Block("finally"))
                {
                    w.Line("input.Dispose();");
                }
            }
        }

        private static void EmitFormatApi(EmitContext c)
        {
            var w = c.W;
            string pool = "global::System.Buffers.ArrayPool<char>.Shared";
            w.Line("/// <summary>The canonical text: LF line breaks" + (c.IsDocument ? ", ending with a line break" : string.Empty) + ". <c>Parse(Format())</c> equals this record.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A value would not read back the same (for example a line break in a one-line field).</exception>");
            using (w.Block("public string Format()"))
            {
                w.Line("char[] buffer = __FormatPooled(int.MaxValue, out int length)!;");
                using (w.Block("try"))
                {
                    w.Line("return new string(buffer, 0, length);");
                }

                using (w.Block("finally"))
                {
                    w.Line($"{pool}.Return(buffer);");
                }
            }

            w.Line();
            w.Line("/// <summary>Writes the canonical text; false only when <paramref name=\"destination\"/> is too small. Allocates nothing.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A value would not read back the same.</exception>");
            w.Line($"public bool TryFormat({EmitContext.SpanOfChar} destination, out int charsWritten) => __TryWriteArticle(destination, out charsWritten, topLevel: true);");
            w.Line();
            w.Line("/// <summary>Writes the canonical text as UTF-8; false only when <paramref name=\"utf8Destination\"/> is too small.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A value would not read back the same, or holds a lone surrogate (no UTF-8 form).</exception>");
            using (w.Block("public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten)"))
            {
                w.Comment("UTF-8 takes at least one byte per UTF-16 unit: text that does not fit in as many chars cannot fit in the bytes.");
                w.Line("char[]? buffer = __FormatPooled(utf8Destination.Length, out int length);");
                using (w.Block("if (buffer is null)"))
                {
                    w.Line("bytesWritten = 0;");
                    w.Line("return false;");
                }

                w.Line();
                using (w.Block("try"))
                {
                    w.Line($"return {EmitContext.Runtime}ArticleOutput.TryEncode(new global::System.ReadOnlySpan<char>(buffer, 0, length), utf8Destination, out bytesWritten, {c.TypeLiteral});");
                }

                using (w.Block("finally"))
                {
                    w.Line($"{pool}.Return(buffer);");
                }
            }

            w.Line();
            w.Line("/// <summary>Writes the canonical text as UTF-8 into <paramref name=\"utf8\"/>, without an intermediate string.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">A value would not read back the same.</exception>");
            using (w.Block("public void WriteTo(global::System.Buffers.IBufferWriter<byte> utf8)"))
            {
                using (w.Block("if (utf8 is null)"))
                {
                    w.Line("throw new global::System.ArgumentNullException(nameof(utf8));");
                }

                w.Line();
                w.Line("char[] buffer = __FormatPooled(int.MaxValue, out int length)!;");
                using (w.Block("try"))
                {
                    w.Line($"{EmitContext.Runtime}ArticleOutput.Write(new global::System.ReadOnlySpan<char>(buffer, 0, length), utf8, {c.TypeLiteral});");
                }

                using (w.Block("finally"))
                {
                    w.Line($"{pool}.Return(buffer);");
                }
            }

            w.Line();
            w.Comment("<summary>Formats into a pooled buffer, growing it as needed up to <paramref name=\"maxLength\"/>; null when the text is longer.</summary>", "/// ");
            using (w.Block("private char[]? __FormatPooled(int maxLength, out int charsWritten)"))
            {
                w.Line("int size = global::System.Math.Max(256, global::System.Math.Min(maxLength, __EstimateLength()));");
                using (w.Block("while (true)"))
                {
                    w.Line($"char[] buffer = {pool}.Rent(size);");
                    w.Line("bool written;");
                    using (w.Block("try"))
                    {
                        w.Line("written = __TryWriteArticle(buffer, out charsWritten, topLevel: true);");
                    }

                    using (w.Block("catch"))
                    {
                        w.Line($"{pool}.Return(buffer);");
                        w.Line("throw;");
                    }

                    w.Line();
                    using (w.Block("if (written)"))
                    {
                        w.Line("return buffer;");
                    }

                    w.Line();
                    w.Line($"{pool}.Return(buffer);");
                    using (w.Block("if (buffer.Length >= maxLength)"))
                    {
                        w.Line("charsWritten = 0;");
                        w.Line("return null;");
                    }

                    w.Line();
                    w.Line("size = buffer.Length > int.MaxValue / 2 ? int.MaxValue : buffer.Length * 2;");
                }
            }

            w.Line();
        }

        private static void EmitInterfaces(EmitContext c, string maybeNullWhen, string notNullWhen)
        {
            var w = c.W;
            string t = c.Model.FullName;
            if ((c.Model.Features & TargetFeatures.SpanParsable) != 0)
            {
                w.Line($"static {t} global::System.IParsable<{t}>.Parse(string s, global::System.IFormatProvider? provider) => Parse(s);");
                w.Line();
                using (w.Block($"static bool global::System.IParsable<{t}>.TryParse({notNullWhen}string? s, global::System.IFormatProvider? provider, {maybeNullWhen}out {t} result)"))
                {
                    w.Line($"bool parsed = TryParse(s, out {t}? value);");
                    w.Line("result = value!;");
                    w.Line("return parsed;");
                }

                w.Line();
                w.Line($"static {t} global::System.ISpanParsable<{t}>.Parse({EmitContext.ReadOnlySpanOfChar} s, global::System.IFormatProvider? provider) => Parse(s);");
                w.Line();
                using (w.Block($"static bool global::System.ISpanParsable<{t}>.TryParse({EmitContext.ReadOnlySpanOfChar} s, global::System.IFormatProvider? provider, {maybeNullWhen}out {t} result)"))
                {
                    w.Line($"bool parsed = TryParse(s, out {t}? value);");
                    w.Line("result = value!;");
                    w.Line("return parsed;");
                }

                w.Line();
                w.Line("string global::System.IFormattable.ToString(string? format, global::System.IFormatProvider? formatProvider) => Format();");
                w.Line();
                w.Line($"bool global::System.ISpanFormattable.TryFormat({EmitContext.SpanOfChar} destination, out int charsWritten, {EmitContext.ReadOnlySpanOfChar} format, global::System.IFormatProvider? provider) => TryFormat(destination, out charsWritten);");
                w.Line();
            }

            if ((c.Model.Features & TargetFeatures.Utf8SpanParsable) != 0)
            {
                w.Line($"static {t} global::System.IUtf8SpanParsable<{t}>.Parse(global::System.ReadOnlySpan<byte> utf8Text, global::System.IFormatProvider? provider) => Parse(utf8Text);");
                w.Line();
                using (w.Block($"static bool global::System.IUtf8SpanParsable<{t}>.TryParse(global::System.ReadOnlySpan<byte> utf8Text, global::System.IFormatProvider? provider, {maybeNullWhen}out {t} result)"))
                {
                    w.Line($"bool parsed = TryParse(utf8Text, out {t}? value);");
                    w.Line("result = value!;");
                    w.Line("return parsed;");
                }

                w.Line();
                w.Line($"bool global::System.IUtf8SpanFormattable.TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten, {EmitContext.ReadOnlySpanOfChar} format, global::System.IFormatProvider? provider) => TryFormat(utf8Destination, out bytesWritten);");
                w.Line();
            }
        }
    }
}
