// The shared rules first: each view's own stylesheet, imported by its component, comes after.
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { EventsContext } from './api/useWindowEvents';
import { chooseTransport } from './api/chooseTransport';
import { App } from './App';
import { StylesProvider } from './cite/StylesContext';
import { EntityStore, EntityStoreContext } from './store/entityStore';

const { api, events } = chooseTransport();
const entities = new EntityStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <EventsContext.Provider value={events}>
        <EntityStoreContext.Provider value={entities}>
          <StylesProvider>
            <App />
          </StylesProvider>
        </EntityStoreContext.Provider>
      </EventsContext.Provider>
    </ApiContext.Provider>
  </StrictMode>,
);
