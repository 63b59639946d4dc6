// 计算说明：带虚线下划线的数字（audit:value 和计算表中有来源记录的单元格）悬停显示来源与计算方法，点击在它下方展开；
// 再点一次或点别处关闭。audit:value 的说明在它的 title 里；表格单元格只带 id，说明在页尾的数据元素
// （script#audit-cell-details，JSON）里，悬停时才写入 title。只读文字（textContent），不解释其中的任何标记。
(function () {
  var box = null;
  var owner = null;
  var cells = null;
  function details(element) {
    if (element.hasAttribute('title')) { return element.getAttribute('title'); }
    if (cells === null) {
      cells = {};
      var data = document.getElementById('audit-cell-details');
      var tables = data ? JSON.parse(data.textContent) : [];
      tables.forEach(function (table) {
        Object.keys(table.cells).forEach(function (id) { cells[id] = { lines: table.lines, of: table.cells[id] }; });
      });
    }
    var cell = cells[element.id];
    if (!cell) { return ''; }
    var text = cell.of.map(function (n) { return cell.lines[n]; }).join('\n');
    element.setAttribute('title', text);
    return text;
  }
  function traced(event) {
    return event.target.closest ? event.target.closest('.audit-trace') : null;
  }
  document.addEventListener('mouseover', function (event) {
    var element = traced(event);
    if (element) { details(element); }
  });
  document.addEventListener('click', function (event) {
    var element = traced(event);
    var again = box !== null && element === owner;
    if (box) { box.parentNode.removeChild(box); box = null; owner = null; }
    if (!element) { return; }
    event.preventDefault();
    if (again) { return; }
    box = document.createElement('div');
    box.className = 'audit-trace-box';
    box.textContent = details(element);
    document.body.appendChild(box);
    owner = element;
    var at = element.getBoundingClientRect();
    box.style.left = (window.pageXOffset + at.left) + 'px';
    box.style.top = (window.pageYOffset + at.bottom + 4) + 'px';
  });
})();
