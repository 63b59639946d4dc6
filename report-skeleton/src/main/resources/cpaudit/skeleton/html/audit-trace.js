// 计算说明：点击带虚线下划线的数字（audit:value 和计算表中有来源记录的单元格生成），在它下方显示来源与计算方法（即它的 title，鼠标悬停时也会显示）；
// 再点一次或点别处关闭。只读 title 的文字（textContent），不解释其中的任何标记。
(function () {
  var box = null;
  var owner = null;
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.audit-trace') : null;
    var again = box !== null && link === owner;
    if (box) { box.parentNode.removeChild(box); box = null; owner = null; }
    if (!link) { return; }
    event.preventDefault();
    if (again) { return; }
    box = document.createElement('div');
    box.className = 'audit-trace-box';
    box.textContent = link.getAttribute('title');
    document.body.appendChild(box);
    owner = link;
    var at = link.getBoundingClientRect();
    box.style.left = (window.pageXOffset + at.left) + 'px';
    box.style.top = (window.pageYOffset + at.bottom + 4) + 'px';
  });
})();
