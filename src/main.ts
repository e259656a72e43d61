import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import { startApp } from './app';

startApp().catch((error: unknown) => {
  // startApp reports its own failures; this catches only what escaped it.
  console.error(error);
});
