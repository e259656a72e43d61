import 'maplibre-gl/dist/maplibre-gl.css';
// The theme's custom properties come first: style.css and every feature's CSS use them.
import 'virtual:theme.css';
import './style.css';
import { startApp } from './app';

startApp().catch((error: unknown) => {
  // startApp reports its own failures; this catches only what escaped it.
  console.error(error);
});
