#!/usr/bin/env python3
"""Draws docs/performance-chart.svg (full-check time and peak heap against scale) from bench/results.tsv.

results.tsv columns (tab-separated, '#' comments): scale  grids  series  seconds  peak_heap_mb
A series is e.g. "rules (after fixes)", "rules (before)", "baseline". Missing figures are simply absent rows.
Hand-written SVG: no plotting library."""
import sys, math, collections

src = sys.argv[1] if len(sys.argv) > 1 else 'bench/results.tsv'
out = sys.argv[2] if len(sys.argv) > 2 else 'docs/performance-chart.svg'
rows = [l.rstrip('\n').split('\t') for l in open(src, encoding='utf-8') if l.strip() and not l.startswith('#')]
series = collections.OrderedDict()
for scale, grids, name, sec, heap in rows:
    series.setdefault(name, []).append((int(grids), scale, float(sec), float(heap)))
colors = ['#c0392b', '#2980b9', '#27ae60', '#8e44ad', '#d35400']
W, H, M = 460, 300, 60
def panel(x0, title, idx, unit, target):
    g = [f'<g transform="translate({x0},0)">', f'<text x="{W/2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">{title}</text>']
    xs = sorted({p[0] for pts in series.values() for p in pts})
    ys = [p[idx] for pts in series.values() for p in pts] + ([target] if target else [])
    lo, hi = math.log10(min(ys)) - 0.2, math.log10(max(ys)) + 0.2
    xlo, xhi = math.log10(min(xs)) - 0.3, math.log10(max(xs)) + 0.3
    X = lambda v: M + (math.log10(v) - xlo) / (xhi - xlo) * (W - M - 20)
    Y = lambda v: H - M + 10 - (math.log10(v) - lo) / (hi - lo) * (H - M - 40)
    g.append(f'<line x1="{M}" y1="{H-M+10}" x2="{W-20}" y2="{H-M+10}" stroke="#333"/><line x1="{M}" y1="40" x2="{M}" y2="{H-M+10}" stroke="#333"/>')
    for e in range(math.floor(lo), math.ceil(hi) + 1):
        for m in (1, 2, 5):
            v = m * 10 ** e
            if lo <= math.log10(v) <= hi:
                g.append(f'<line x1="{M-4}" y1="{Y(v):.1f}" x2="{W-20}" y2="{Y(v):.1f}" stroke="#eee"/>')
                g.append(f'<text x="{M-6}" y="{Y(v)+4:.1f}" text-anchor="end" font-size="10">{v:g}</text>')
    labels = {p[0]: p[1] for pts in series.values() for p in pts}
    for x in xs:
        g.append(f'<text x="{X(x):.1f}" y="{H-M+26}" text-anchor="middle" font-size="11">{labels[x]} ({x:,} grids)</text>')
    g.append(f'<text x="14" y="{(H-M)/2+30}" font-size="11" transform="rotate(-90 14 {(H-M)/2+30})" text-anchor="middle">{unit} (log scale)</text>')
    if target:
        g.append(f'<line x1="{M}" y1="{Y(target):.1f}" x2="{W-20}" y2="{Y(target):.1f}" stroke="#999" stroke-dasharray="5,4"/>')
        g.append(f'<text x="{W-22}" y="{Y(target)-4:.1f}" text-anchor="end" font-size="10" fill="#666">target at M: {target:g}</text>')
    for i, (name, pts) in enumerate(series.items()):
        pts = sorted(pts)
        c = colors[i % len(colors)]
        g.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (c, ' '.join(f'{X(p[0]):.1f},{Y(p[idx]):.1f}' for p in pts)))
        for p in pts:
            g.append(f'<circle cx="{X(p[0]):.1f}" cy="{Y(p[idx]):.1f}" r="3.5" fill="{c}"/><text x="{X(p[0])+6:.1f}" y="{Y(p[idx])-6:.1f}" font-size="10" fill="{c}">{p[idx]:g}</text>')
    g.append('</g>')
    return g
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2*W}" height="{H+30+18*len(series)}" font-family="sans-serif">',
       '<rect width="100%" height="100%" fill="white"/>']
svg += panel(0, 'Full check: wall time (median)', 2, 'seconds', 10)
svg += panel(W, 'Full check: peak heap (median)', 3, 'MB', 4096)
for i, name in enumerate(series):
    y = H + 20 + 18 * i
    svg.append(f'<rect x="{M}" y="{y-9}" width="14" height="4" fill="{colors[i % len(colors)]}"/><text x="{M+20}" y="{y}" font-size="11">{name}</text>')
svg.append('</svg>')
open(out, 'w', encoding='utf-8').write('\n'.join(svg) + '\n')
print('wrote', out)
