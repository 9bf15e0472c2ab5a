/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Session#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getHost <em>Host</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getPort <em>Port</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getClientProduct <em>Client Product</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getTls <em>Tls</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getContextId <em>Context Id</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getExchanges <em>Exchanges</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getConnectionEvents <em>Connection Events</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getExchangeCount <em>Exchange Count</em>}</li>
 *   <li>{@link io.mailscope.model.Session#getTrace <em>Trace</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getSession()
 * @model
 * @generated
 */
public interface Session extends EObject {
	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.Protocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #setProtocol(Protocol)
	 * @see io.mailscope.model.MailscopePackage#getSession_Protocol()
	 * @model
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see io.mailscope.model.Protocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.mailscope.model.MailscopePackage#getSession_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see io.mailscope.model.MailscopePackage#getSession_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Client Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Product</em>' attribute.
	 * @see #setClientProduct(String)
	 * @see io.mailscope.model.MailscopePackage#getSession_ClientProduct()
	 * @model
	 * @generated
	 */
	String getClientProduct();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getClientProduct <em>Client Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Product</em>' attribute.
	 * @see #getClientProduct()
	 * @generated
	 */
	void setClientProduct(String value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.TlsState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' attribute.
	 * @see io.mailscope.model.TlsState
	 * @see #setTls(TlsState)
	 * @see io.mailscope.model.MailscopePackage#getSession_Tls()
	 * @model
	 * @generated
	 */
	TlsState getTls();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' attribute.
	 * @see io.mailscope.model.TlsState
	 * @see #getTls()
	 * @generated
	 */
	void setTls(TlsState value);

	/**
	 * Returns the value of the '<em><b>Context Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What tells this session's entries apart in an interleaved log (Outlook's THIS: pointer, a connection id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Id</em>' attribute.
	 * @see #setContextId(String)
	 * @see io.mailscope.model.MailscopePackage#getSession_ContextId()
	 * @model
	 * @generated
	 */
	String getContextId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getContextId <em>Context Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Id</em>' attribute.
	 * @see #getContextId()
	 * @generated
	 */
	void setContextId(String value);

	/**
	 * Returns the value of the '<em><b>Exchanges</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.Exchange}.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.Exchange#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exchanges</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getSession_Exchanges()
	 * @see io.mailscope.model.Exchange#getSession
	 * @model opposite="session" containment="true"
	 * @generated
	 */
	EList<Exchange> getExchanges();

	/**
	 * Returns the value of the '<em><b>Connection Events</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ConnectionEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connection Events</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getSession_ConnectionEvents()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConnectionEvent> getConnectionEvents();

	/**
	 * Returns the value of the '<em><b>Exchange Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All exchanges seen in this session, including those a large import did not keep in exchanges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exchange Count</em>' attribute.
	 * @see #setExchangeCount(int)
	 * @see io.mailscope.model.MailscopePackage#getSession_ExchangeCount()
	 * @model
	 * @generated
	 */
	int getExchangeCount();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getExchangeCount <em>Exchange Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exchange Count</em>' attribute.
	 * @see #getExchangeCount()
	 * @generated
	 */
	void setExchangeCount(int value);

	/**
	 * Returns the value of the '<em><b>Trace</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.mailscope.model.Trace#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trace</em>' container reference.
	 * @see #setTrace(Trace)
	 * @see io.mailscope.model.MailscopePackage#getSession_Trace()
	 * @see io.mailscope.model.Trace#getSessions
	 * @model opposite="sessions" transient="false"
	 * @generated
	 */
	Trace getTrace();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Session#getTrace <em>Trace</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trace</em>' container reference.
	 * @see #getTrace()
	 * @generated
	 */
	void setTrace(Trace value);

} // Session
