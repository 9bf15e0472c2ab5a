/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.ConnectionEvent;
import io.mailscope.model.Exchange;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.Protocol;
import io.mailscope.model.Session;
import io.mailscope.model.TlsState;
import io.mailscope.model.Trace;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getHost <em>Host</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getClientProduct <em>Client Product</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getTls <em>Tls</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getContextId <em>Context Id</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getExchanges <em>Exchanges</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getConnectionEvents <em>Connection Events</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getExchangeCount <em>Exchange Count</em>}</li>
 *   <li>{@link io.mailscope.model.impl.SessionImpl#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends EObjectImpl implements Session {
	/**
	 * The default value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final Protocol PROTOCOL_EDEFAULT = Protocol.UNKNOWN;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol = PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientProduct() <em>Client Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientProduct() <em>Client Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientProduct()
	 * @generated
	 * @ordered
	 */
	protected String clientProduct = CLIENT_PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected static final TlsState TLS_EDEFAULT = TlsState.NONE;

	/**
	 * The cached value of the '{@link #getTls() <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTls()
	 * @generated
	 * @ordered
	 */
	protected TlsState tls = TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getContextId() <em>Context Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextId()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTEXT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContextId() <em>Context Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextId()
	 * @generated
	 * @ordered
	 */
	protected String contextId = CONTEXT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExchanges() <em>Exchanges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchanges()
	 * @generated
	 * @ordered
	 */
	protected EList<Exchange> exchanges;

	/**
	 * The cached value of the '{@link #getConnectionEvents() <em>Connection Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<ConnectionEvent> connectionEvents;

	/**
	 * The default value of the '{@link #getExchangeCount() <em>Exchange Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeCount()
	 * @generated
	 * @ordered
	 */
	protected static final int EXCHANGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExchangeCount() <em>Exchange Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeCount()
	 * @generated
	 * @ordered
	 */
	protected int exchangeCount = EXCHANGE_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol() {
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocol(Protocol newProtocol) {
		Protocol oldProtocol = protocol;
		protocol = newProtocol == null ? PROTOCOL_EDEFAULT : newProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__PROTOCOL, oldProtocol, protocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientProduct() {
		return clientProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientProduct(String newClientProduct) {
		String oldClientProduct = clientProduct;
		clientProduct = newClientProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__CLIENT_PRODUCT, oldClientProduct, clientProduct));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TlsState getTls() {
		return tls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTls(TlsState newTls) {
		TlsState oldTls = tls;
		tls = newTls == null ? TLS_EDEFAULT : newTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__TLS, oldTls, tls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContextId() {
		return contextId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextId(String newContextId) {
		String oldContextId = contextId;
		contextId = newContextId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__CONTEXT_ID, oldContextId, contextId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Exchange> getExchanges() {
		if (exchanges == null) {
			exchanges = new EObjectContainmentWithInverseEList<Exchange>(Exchange.class, this, MailscopePackage.SESSION__EXCHANGES, MailscopePackage.EXCHANGE__SESSION);
		}
		return exchanges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConnectionEvent> getConnectionEvents() {
		if (connectionEvents == null) {
			connectionEvents = new EObjectContainmentEList<ConnectionEvent>(ConnectionEvent.class, this, MailscopePackage.SESSION__CONNECTION_EVENTS);
		}
		return connectionEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExchangeCount() {
		return exchangeCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExchangeCount(int newExchangeCount) {
		int oldExchangeCount = exchangeCount;
		exchangeCount = newExchangeCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__EXCHANGE_COUNT, oldExchangeCount, exchangeCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trace getTrace() {
		if (eContainerFeatureID() != MailscopePackage.SESSION__TRACE) return null;
		return (Trace)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrace(Trace newTrace, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTrace, MailscopePackage.SESSION__TRACE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrace(Trace newTrace) {
		if (newTrace != eInternalContainer() || (eContainerFeatureID() != MailscopePackage.SESSION__TRACE && newTrace != null)) {
			if (EcoreUtil.isAncestor(this, newTrace))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTrace != null)
				msgs = ((InternalEObject)newTrace).eInverseAdd(this, MailscopePackage.TRACE__SESSIONS, Trace.class, msgs);
			msgs = basicSetTrace(newTrace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.SESSION__TRACE, newTrace, newTrace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.SESSION__EXCHANGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getExchanges()).basicAdd(otherEnd, msgs);
			case MailscopePackage.SESSION__TRACE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTrace((Trace)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.SESSION__EXCHANGES:
				return ((InternalEList<?>)getExchanges()).basicRemove(otherEnd, msgs);
			case MailscopePackage.SESSION__CONNECTION_EVENTS:
				return ((InternalEList<?>)getConnectionEvents()).basicRemove(otherEnd, msgs);
			case MailscopePackage.SESSION__TRACE:
				return basicSetTrace(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case MailscopePackage.SESSION__TRACE:
				return eInternalContainer().eInverseRemove(this, MailscopePackage.TRACE__SESSIONS, Trace.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.SESSION__PROTOCOL:
				return getProtocol();
			case MailscopePackage.SESSION__HOST:
				return getHost();
			case MailscopePackage.SESSION__PORT:
				return getPort();
			case MailscopePackage.SESSION__CLIENT_PRODUCT:
				return getClientProduct();
			case MailscopePackage.SESSION__TLS:
				return getTls();
			case MailscopePackage.SESSION__CONTEXT_ID:
				return getContextId();
			case MailscopePackage.SESSION__EXCHANGES:
				return getExchanges();
			case MailscopePackage.SESSION__CONNECTION_EVENTS:
				return getConnectionEvents();
			case MailscopePackage.SESSION__EXCHANGE_COUNT:
				return getExchangeCount();
			case MailscopePackage.SESSION__TRACE:
				return getTrace();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MailscopePackage.SESSION__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case MailscopePackage.SESSION__HOST:
				setHost((String)newValue);
				return;
			case MailscopePackage.SESSION__PORT:
				setPort((Integer)newValue);
				return;
			case MailscopePackage.SESSION__CLIENT_PRODUCT:
				setClientProduct((String)newValue);
				return;
			case MailscopePackage.SESSION__TLS:
				setTls((TlsState)newValue);
				return;
			case MailscopePackage.SESSION__CONTEXT_ID:
				setContextId((String)newValue);
				return;
			case MailscopePackage.SESSION__EXCHANGES:
				getExchanges().clear();
				getExchanges().addAll((Collection<? extends Exchange>)newValue);
				return;
			case MailscopePackage.SESSION__CONNECTION_EVENTS:
				getConnectionEvents().clear();
				getConnectionEvents().addAll((Collection<? extends ConnectionEvent>)newValue);
				return;
			case MailscopePackage.SESSION__EXCHANGE_COUNT:
				setExchangeCount((Integer)newValue);
				return;
			case MailscopePackage.SESSION__TRACE:
				setTrace((Trace)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MailscopePackage.SESSION__PROTOCOL:
				setProtocol(PROTOCOL_EDEFAULT);
				return;
			case MailscopePackage.SESSION__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case MailscopePackage.SESSION__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case MailscopePackage.SESSION__CLIENT_PRODUCT:
				setClientProduct(CLIENT_PRODUCT_EDEFAULT);
				return;
			case MailscopePackage.SESSION__TLS:
				setTls(TLS_EDEFAULT);
				return;
			case MailscopePackage.SESSION__CONTEXT_ID:
				setContextId(CONTEXT_ID_EDEFAULT);
				return;
			case MailscopePackage.SESSION__EXCHANGES:
				getExchanges().clear();
				return;
			case MailscopePackage.SESSION__CONNECTION_EVENTS:
				getConnectionEvents().clear();
				return;
			case MailscopePackage.SESSION__EXCHANGE_COUNT:
				setExchangeCount(EXCHANGE_COUNT_EDEFAULT);
				return;
			case MailscopePackage.SESSION__TRACE:
				setTrace((Trace)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MailscopePackage.SESSION__PROTOCOL:
				return protocol != PROTOCOL_EDEFAULT;
			case MailscopePackage.SESSION__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case MailscopePackage.SESSION__PORT:
				return port != PORT_EDEFAULT;
			case MailscopePackage.SESSION__CLIENT_PRODUCT:
				return CLIENT_PRODUCT_EDEFAULT == null ? clientProduct != null : !CLIENT_PRODUCT_EDEFAULT.equals(clientProduct);
			case MailscopePackage.SESSION__TLS:
				return tls != TLS_EDEFAULT;
			case MailscopePackage.SESSION__CONTEXT_ID:
				return CONTEXT_ID_EDEFAULT == null ? contextId != null : !CONTEXT_ID_EDEFAULT.equals(contextId);
			case MailscopePackage.SESSION__EXCHANGES:
				return exchanges != null && !exchanges.isEmpty();
			case MailscopePackage.SESSION__CONNECTION_EVENTS:
				return connectionEvents != null && !connectionEvents.isEmpty();
			case MailscopePackage.SESSION__EXCHANGE_COUNT:
				return exchangeCount != EXCHANGE_COUNT_EDEFAULT;
			case MailscopePackage.SESSION__TRACE:
				return getTrace() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (protocol: ");
		result.append(protocol);
		result.append(", host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", clientProduct: ");
		result.append(clientProduct);
		result.append(", tls: ");
		result.append(tls);
		result.append(", contextId: ");
		result.append(contextId);
		result.append(", exchangeCount: ");
		result.append(exchangeCount);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
