"use client";
/**
 * SVG and PNG downloads of a drawn chart: the SVG is the element on the page, serialised with its
 * fonts inlined as a family name; the PNG is that SVG drawn onto a canvas at twice the size.
 */
export function ChartDownloads({ figureId, name }: { figureId: string; name: string }) {
  const svgText = () => {
    const svg = document.getElementById(figureId)?.querySelector("svg");
    if (!svg) return null;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("font-family", "Source Sans 3, Arial, sans-serif");
    const box = svg.viewBox.baseVal;
    copy.setAttribute("width", String(box.width));
    copy.setAttribute("height", String(box.height));
    return { text: new XMLSerializer().serializeToString(copy), width: box.width, height: box.height };
  };
  const save = (blob: Blob, file: string) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const downloadSvg = () => {
    const svg = svgText();
    if (svg) save(new Blob([svg.text], { type: "image/svg+xml" }), `${name}.svg`);
  };
  const downloadPng = () => {
    const svg = svgText();
    if (!svg) return;
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      const context = canvas.getContext("2d")!;
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => blob && save(blob, `${name}.png`), "image/png");
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  };
  const button = "rounded border border-brand-dark px-2 py-0.5 text-sm text-brand-dark hover:bg-brand-light";
  return (
    <>
      <button type="button" onClick={downloadSvg} className={button}>
        SVG
      </button>
      <button type="button" onClick={downloadPng} className={button}>
        PNG
      </button>
    </>
  );
}
