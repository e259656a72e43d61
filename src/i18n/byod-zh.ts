import type { ByodStringKey } from './byod-en';

/** 加载数据的报告与提示（中文）。随 src/byod 延迟加载。 */
export const byodZh: Record<ByodStringKey, string> = {
  'byod.stage.reading': '正在读取 {file}…',
  'byod.stage.checking': '正在检查 {file}…',
  'byod.stage.repairing': '正在修复 {file} 中自相交的形状…',
  'byod.stage.measuring': '正在计算 {file} 的面积并放置标注…',
  'byod.stage.drawing': '正在绘制 {file}…',
  'byod.cancel': '取消',
  'byod.cancelled': '已停止载入 {file}，地图保持原样。',
  'byod.refused': '无法显示 {file}。地图仍显示之前的内容。',
  'byod.loadedMetrics': '正在显示 {file}：{matched}行与{level}匹配。',
  'byod.loadedBoundaries': '正在显示 {file}：{features}个区域。',
  'byod.noValue': '文件中没有数值、显示为无数据（{total}个中的{count}个）：{names}',
  'byod.andMore': '……另有{count}项。',
  // 警告：已修复后绘制的要素（src/byod/check-boundaries.ts）。
  'byod.warnings': '{count}个区域在绘制前经过修复：',
  'byod.warning.ringClosed':
    '第{polygon}个多边形第{ring}个环没有闭合（起点为 {first}，终点为 {last}）；已连回起点使其闭合。',
  'byod.warning.ringDropped':
    '第{polygon}个多边形第{ring}个环只有{count}个坐标点，不围成任何面积；已略去，其余部分照常绘制。',
  'byod.warning.selfCrossingRepaired':
    '第{polygon}个多边形第{ring}个环在 {at} 附近自相交；已在交叉处拆分为覆盖相同范围的{polygons}个多边形，面积和标注位置因此正确。',
  'byod.warning.selfCrossingKept':
    '第{polygon}个多边形第{ring}个环在 {at} 附近自相交，无法修复（{detail}）；按原样绘制，面积和标注位置可能有偏差。',
  'byod.level.province': '全国各省级行政区',
  'byod.level.city': '浙江各设区市',
  'byod.level.custom': '载入的边界',
  'byod.where.file': '{file}',
  'byod.where.feature': '{file}，第{feature}个要素',
  'byod.where.featureKey': '{file}，第{feature}个要素（{key}“{value}”）',
  'byod.note.decodedGbk': '文件不是 UTF-8 编码，已按 GBK（中文 Windows 编码）解码。请检查名称是否正确。',
  'byod.note.decodedUtf16': '按字节顺序标记以 {encoding} 解码。',
  'byod.note.delimiter': '各列以“{delimiter}”而非逗号分隔，已按此读取。',
  'byod.note.levelChosen': '已与{levelName}匹配，共{matched}行（{provinceCount}行为省级，{cityCount}行为市级）。',
  'byod.note.regionsWithoutValue': '{total}个地区中有{count}个在文件中没有数值，显示为无数据。',
  'byod.note.keyDetected':
    '区域按属性“{key}”连接（第一个在每个要素中都存在且互不相同的属性）；可在链接中加 ?key= 另选。',
  'byod.note.keyGiven': '区域按属性“{key}”连接。',
  'byod.note.boundariesWithoutMetrics':
    '这些区域还没有指标，全部显示为无数据。请载入 region 列为“{key}”值或名称的 CSV 或 JSON。',
  'byod.note.boundaryStats': '{features}个要素，{polygons}个多边形，{positions}个坐标点。',
  'byod.note.moreProblems': '……另有{more}个问题。',
  'byod.issue.tooLarge': '文件大小为 {size}，上限为 {limit}。请拆分文件或简化几何（如 mapshaper -simplify）。',
  'byod.issue.empty': '文件是空的。',
  'byod.issue.spreadsheet': '这是电子表格工作簿（.xlsx 或 .xls），不是文本。请另存为“CSV UTF-8”后载入。',
  'byod.issue.binary': '这不是文本文件。应为 CSV、TSV、JSON 或 GeoJSON 文本。',
  'byod.issue.notText': '文本既不是 UTF-8 也不是 GBK 编码。请另存为“CSV UTF-8”后重新载入。',
  'byod.issue.webPage': '服务器返回的是网页而不是数据文件：请检查路径。',
  'byod.issue.httpError': '服务器返回 {status} {statusText}。',
  'byod.issue.fetchFailed': '无法获取文件：{detail}',
  'byod.issue.unclosedQuote': '此处有一个带引号的字段没有结束（缺少配对的 "）。',
  'byod.issue.oneColumn': '只找到一列“{column}”：至少需要 region 和 value 两列，以逗号、制表符或分号分隔。',
  'byod.issue.missingColumns': '缺少列 {missing}。表头为 {found}；第一行必须列出 region 和 value 两列。',
  'byod.issue.duplicateColumn': '表头中“{column}”列出现了两次。',
  'byod.issue.headerIsData': '第一行看起来是数据而不是表头：请添加表头行“region,value”。',
  'byod.issue.noRows': '表头下面没有数据行。',
  'byod.issue.tooManyFields': '此行有{found}个字段，而表头有{expected}个：是否有数值中含有未加引号的“{delimiter}”？',
  'byod.issue.missingCell': '此行缺少 {column}。',
  'byod.issue.decimalComma':
    '数值“{value}”含有逗号，在以“;”分隔的文件中可能是小数逗号。请使用小数点且不加千位分隔（1234.5）。',
  'byod.issue.mixedMetric': '此行的指标为“{other}”，而第{firstRow}行为“{first}”：每个文件只能有一个指标。',
  'byod.issue.mixedUnit': '此行的单位为“{other}”，而第{firstRow}行为“{first}”：每个文件只能有一种单位。',
  'byod.issue.jsonSyntax': '不是有效的 JSON：{detail}',
  'byod.issue.jsonShape': '应为含 "region" 和 "value" 的对象数组，或在 "rows" 中含此数组的对象；实际为 {found}。',
  'byod.issue.jsonItem': '应为含 "region" 和 "value" 的对象；实际为 {found}。',
  'byod.issue.geoJsonAsMetrics': '这是 GeoJSON：请作为边界载入，而不是指标。',
  'byod.issue.valueEmpty': '“{key}”没有数值。若要显示为无数据，请删除此行。',
  'byod.issue.valueNotNumber': '“{key}”的数值“{value}”不是数字。',
  'byod.issue.valueNaN': '“{key}”的数值为 NaN（非数字）。',
  'byod.issue.valueInfinite': '“{key}”的数值“{value}”为无穷大。',
  'byod.issue.valueNegative': '“{key}”的数值 {value} 为负数；数量和比率不可能为负。',
  'byod.issue.valueWrongType': '“{key}”的数值类型为 {type}，不是数字。',
  'byod.issue.unknownKey': '没有代码或名称为“{key}”的地区。',
  'byod.issue.unknownKeySuggest': '没有代码或名称为“{key}”的地区。您是否指 {name}（{code}）？',
  'byod.issue.otherLevel': '“{key}”属于{otherLevelName}，而其他行属于{chosenLevelName}：每个文件只能有一个层级。',
  'byod.issue.duplicateKey': '“{key}”即 {name}（{code}），第{firstRow}行已给出它的数值。',
  'byod.issue.noMatches':
    '{rows}行中没有一行对应地图上的地区（前几个键：{keys}）。region 列应为代码（330100）或名称（杭州市、Hangzhou）。',
  'byod.issue.topoJson': '这是 TopoJSON。请转换为 GeoJSON FeatureCollection（如 mapshaper -o format=geojson）后载入。',
  'byod.issue.notFeatureCollection': '应为 GeoJSON FeatureCollection；实际为 {found}。',
  'byod.issue.noFeatures': 'FeatureCollection 中没有要素。',
  'byod.issue.noPolygons': '没有 Polygon 或 MultiPolygon 要素，只有 {found}：边界必须是面，而不是点或线。',
  'byod.issue.notPolygon': '此要素为 {type}；应为 Polygon 或 MultiPolygon。',
  'byod.issue.noGeometry': '此要素没有几何。',
  'byod.issue.badCoordinates': '第{polygon}个多边形第{ring}个环：坐标不是 [经度, 纬度] 数字对的列表。',
  'byod.issue.tooFewPositions':
    '第{polygon}个多边形第{ring}个环只有{count}个坐标点；一个环至少需要4个（三个角点再加首点）。',
  'byod.issue.outOfRange':
    '第{polygon}个多边形第{ring}个环：坐标 {x}, {y} 超出经度 −180 至 180、纬度 −90 至 90 的范围。',
  'byod.issue.swappedLngLat':
    '第{polygon}个多边形第{ring}个环：纬度 {y} 超出范围。经纬度是否颠倒？GeoJSON 中经度在前。',
  'byod.issue.projected':
    '第{polygon}个多边形第{ring}个环：坐标 {x}, {y} 看起来是投影坐标系中的米（如 EPSG:3857），而不是度。请重新投影为 WGS 84 经纬度（EPSG:4326）。',
  'byod.issue.projectedCrs': '文件声明的坐标系为 {crs}。请重新投影为 WGS 84 经纬度（EPSG:4326）。',
  'byod.issue.keyMissing': '此要素没有用于连接的“{key}”属性；它的属性为：{found}。',
  'byod.issue.noKeyProperty':
    '没有一个属性能唯一标识每个要素，无法连接。找到的属性：{found}。请在链接中用 ?key= 指定。',
  'byod.issue.duplicateFeatureKey':
    '第{first}个要素的键与此相同（“{value}”）。请将两者合并为一个 MultiPolygon，或使用不同的键。',
  'byod.issue.tooManyFeatures': '文件有{count}个要素；上限为{limit}个。',
};
