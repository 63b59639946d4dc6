# cp-audit: the PDF converter, extended for a Chinese audit report. Loaded after asciidoctor-pdf.
require 'java'

class CpAuditPdfConverter < (Asciidoctor::Converter.for 'pdf')
  register_for 'pdf'

  TtcFaceRx = /\A(.+\.ttc)#(.+)\z/i

  # A theme's font catalog may name one face of a TrueType collection: 'simsun.ttc#SimSun' or
  # 'simsun.ttc#0' (the build writes the index). asciidoctor-pdf's catalog takes plain paths; Prawn
  # 2.4 takes {file:, font: index} for a .ttc. OTF/CFF files are refused: Prawn embeds them broken.
  def register_fonts font_catalog, fonts_dir
    return super unless font_catalog
    faces = {}
    plain = font_catalog.to_h do |family, styles|
      [family, (styles.to_h do |style, path|
        if (m = TtcFaceRx.match path)
          faces[[family, style.to_sym]] = m[2]
          [style, m[1]]
        else
          [style, path]
        end
      end)]
    end
    super plain, fonts_dir
    plain.each_key do |family|
      (styles = font_families[family]).each do |style, file|
        next unless ::String === file
        if file.downcase.end_with? '.ttc'
          styles[style] = { file: file, font: (collection_face family, style, file, faces[[family, style]]) }
        elsif (::File.binread file, 4) == 'OTTO'
          raise ::ArgumentError, %(字体不能使用（OTF/CFF font）：主题 font.catalog 中 #{family} 的 #{style} 为 #{file}，) +
            %(是 CFF 轮廓的 OpenType 字体，Prawn 嵌入后 PDF 中的字会显示错误；请改用它的 TrueType 版本（.ttf）)
        end
      end
    end
  end

  # The index of the face the catalog names in a collection (nil: none named). The collection is
  # read in Java (fonts.CatalogFaces), which raises, listing the faces, for a face it does not have.
  def collection_face family, style, file, face
    ::Java::IoGithubCpauditFonts::CatalogFaces.index family.to_s, style.to_s, file, face
  rescue ::Java::JavaLang::IllegalArgumentException => e
    # a Ruby error as before, without the Java one as its cause: the build reports the innermost cause
    raise ::ArgumentError, e.message, cause: nil
  end

  # The fonts the build chose (audit-pdf-fonts) are recorded in the document information dictionary
  # as /AuditFonts, so the PDF itself says which fonts it was set in.
  def build_pdf_info doc
    info = super
    info[:AuditFonts] = (doc.attr 'audit-pdf-fonts').as_pdf if doc.attr? 'audit-pdf-fonts'
    info
  end

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

  # Where a table starts, its caption, header row and first body row stay together, and the heading
  # right above a table stays with them (typesetting.md: no caption or heading alone at the foot of a
  # page). Only near the foot of a page is anything measured: a copy of the table cut to its header
  # and first body row is laid out in a dry run (the whole table is never laid out twice:
  # pdf-speed.md), and the table (with its heading) moves to the next page when that does not fit.
  TABLE_START_MEASURED_BELOW = 0.4 # of the body height; higher up on a page every table start fits

  def convert_table node
    advance_page unless scratch? || at_page_top? || (table_start_fits? node)
    super
  end

  def arrange_heading node, title, opts
    super
    return if scratch? || at_page_top?
    first = node.context == :section ? node.blocks[0] : node.next_sibling
    return unless first && first.context == :table
    level = opts[:level]
    heading = 0
    theme_font(:heading, level: level) { heading = height_of_typeset_text title, inline_format: true }
    heading += (@theme[%(heading_h#{level}_margin_top)] || @theme.heading_margin_top || 0) +
      (@theme[%(heading_h#{level}_margin_bottom)] || @theme.heading_margin_bottom || 0)
    advance_page unless table_start_fits? first, heading
  end

  def table_start_fits? node, above = 0
    return true if cursor - above > bounds.height * TABLE_START_MEASURED_BELOW
    rows = node.rows
    body, foot = rows.body, rows.foot
    rows.body, rows.foot = body.take(1), []
    height = (dry_run(keep_together: true, single_page: true) { convert_table node }).single_page_height
    # taller than a page: nothing to gain from moving it
    height.nil? || height >= bounds.height || above + height <= cursor
  ensure
    rows.body, rows.foot = body, foot if body
  end

  # Plain text (the outline's titles, the document info) without the break opportunities that the
  # toolkit's Chinese line breaking (ChineseLineBreaking) puts into the text: Prawn drops them from
  # every line it prints, so nothing printed changes.
  def sanitize string, compact: true
    super.delete ZeroWidthSpace
  end
end
