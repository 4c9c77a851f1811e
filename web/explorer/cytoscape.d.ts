// Types of /assets/cytoscape.js, which the server serves from the installed cytoscape package.
import cytoscape from 'cytoscape';
export default cytoscape;
export type Core = cytoscape.Core;
export type NodeSingular = cytoscape.NodeSingular;
export type EdgeSingular = cytoscape.EdgeSingular;
export type ElementDefinition = cytoscape.ElementDefinition;
export type StylesheetJson = cytoscape.StylesheetJson;
export type LayoutOptions = cytoscape.LayoutOptions;
export type BoundingBox12 = cytoscape.BoundingBox12;
export import Css = cytoscape.Css;
