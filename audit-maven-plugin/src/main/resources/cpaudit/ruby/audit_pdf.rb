# cp-audit: the PDF converter, extended for a Chinese audit report. Loaded after asciidoctor-pdf.
class CpAuditPdfConverter < (Asciidoctor::Converter.for 'pdf')
  register_for 'pdf'

  # The cover (封一) from document attributes (typesetting.md): the report title, a note (for
  # example that the data are illustrative), the organising authority with the place for its seal,
  # the technical service organisation and the date. No page number.
  def ink_title_page doc
    align = (@theme.title_page_text_align || @base_text_align).to_sym
    doctitle = doc.doctitle partition: true
    theme_font :title_page do
      move_cursor_to bounds.height * 0.74
      theme_font :title_page_title do
        ink_prose doctitle.main, align: align, margin: 0
      end
      if (subtitle = doctitle.subtitle)
        move_down @theme.title_page_subtitle_margin_top || 12
        theme_font :title_page_subtitle do
          ink_prose subtitle, align: align, margin: 0
        end
      end
      if (note = doc.attr 'audit-cover-note')
        move_down 18
        theme_font :title_page_subtitle do
          ink_prose note, align: align, margin: 0, size: 12
        end
      end
      lines = []
      lines << %(组织单位：#{doc.attr 'audit-organizer'}（盖章）) if doc.attr? 'audit-organizer'
      lines << %(技术服务单位：#{doc.attr 'audit-consultant'}) if doc.attr? 'audit-consultant'
      move_cursor_to bounds.height * 0.36
      theme_font :title_page_authors do
        lines.each {|line| ink_prose line, align: align, margin_top: 0, margin_bottom: 10 }
      end
      if (date = doc.attr 'audit-date', (doc.attr 'revdate'))
        move_down @theme.title_page_revision_margin_top || 24
        theme_font :title_page_revision do
          ink_prose date, align: align, margin: 0
        end
      end
    end
  end

  # Plain text (the outline's titles, the document info) without the break opportunities that the
  # toolkit's Chinese line breaking (ChineseLineBreaking) puts into the text: Prawn drops them from
  # every line it prints, so nothing printed changes.
  def sanitize string, compact: true
    super.delete ZeroWidthSpace
  end
end
