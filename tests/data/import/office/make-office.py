#!/usr/bin/python3
# make-office.py: writes course.docx (python3-docx) and course.odt
# (python3-odf) into the folder given, as Word and LibreOffice would
# write them, for test-import-office.  Exits 77 when a module is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import sys

try:
    import docx
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import (H, P, List, ListItem, ListStyle, ListLevelStyleBullet, Span, A,
                          TableOfContent, IndexBody, IndexTitle)
    from odf.table import Table, TableColumn, TableRow, TableCell
except ImportError:
    sys.exit(77)


def make_docx(path):
    d = docx.Document()
    d.add_paragraph('云计算基础', style='Title')
    d.add_heading('第一章 概述', 1)
    p = d.add_paragraph('本章介绍')
    p.add_run('云计算').bold = True
    p.add_run('的')
    p.add_run('基本概念').italic = True
    p.add_run('。')
    d.add_paragraph('按需使用', style='List Bullet')
    d.add_paragraph('按量计费', style='List Bullet')
    d.add_heading('学习目标', 2)
    d.add_paragraph('理解云计算的定义', style='List Number')
    d.add_paragraph('了解服务模式', style='List Number')
    d.add_heading('1.1 服务模式', 2)
    table = d.add_table(rows=2, cols=2)
    for r, row in enumerate([['模式', '例子'], ['SaaS', '邮箱']]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph('【思考】哪种模式最常见？')
    d.add_heading('第二章 部署', 1)
    d.save(path)


def make_odt(path):
    doc = OpenDocumentText()
    bold = Style(name='T1', family='text')
    bold.addElement(TextProperties(fontweight='bold'))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name='Heading_20_1', displayname='Heading 1', family='paragraph',
               defaultoutlinelevel='1')
    h2 = Style(name='Heading_20_2', displayname='Heading 2', family='paragraph',
               defaultoutlinelevel='2')
    c1 = Style(name='Contents_20_1', displayname='Contents 1', family='paragraph')
    topic = Style(name='Topic', family='paragraph', parentstylename='Heading_20_2')
    for style in (h1, h2, c1, topic):
        doc.styles.addElement(style)
    bullets = ListStyle(name='L1')
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar='•'))
    doc.automaticstyles.addElement(bullets)

    toc = TableOfContent(name='toc')
    body = IndexBody()
    title = IndexTitle(name='title')
    title.addElement(P(text='目录'))
    body.addElement(title)
    body.addElement(P(stylename=c1, text='第一章 绪论\t1'))
    toc.addElement(body)
    doc.text.addElement(toc)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text='第一章 绪论'))
    p = P(text='正文')
    p.addElement(Span(stylename=bold, text='重要'))
    p.addText('，见')
    p.addElement(A(href='https://example.com', text='链接'))
    doc.text.addElement(p)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text='学习目标'))
    items = List(stylename=bullets)
    for text in ['理解概念', '掌握方法']:
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    doc.text.addElement(items)
    doc.text.addElement(P(stylename=topic, text='1.1 背景'))
    table = Table(name='T')
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in [['甲', '乙'], ['1', '2']]:
        tr = TableRow()
        for text in row:
            cell = TableCell()
            cell.addElement(P(text=text))
            tr.addElement(cell)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(path)


make_docx(os.path.join(sys.argv[1], 'course.docx'))
make_odt(os.path.join(sys.argv[1], 'course.odt'))
