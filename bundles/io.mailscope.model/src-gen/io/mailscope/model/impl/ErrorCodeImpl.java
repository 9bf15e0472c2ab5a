/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Cause;
import io.mailscope.model.ErrorCode;
import io.mailscope.model.Family;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ProtocolReply;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Error Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getValue <em>Value</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getMeaning <em>Meaning</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getClientMessage <em>Client Message</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getTraceSignal <em>Trace Signal</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#isSuccess <em>Success</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getCauses <em>Causes</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ErrorCodeImpl#getReplies <em>Replies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ErrorCodeImpl extends EObjectImpl implements ErrorCode {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected int value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected String symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final Family FAMILY_EDEFAULT = Family.GENERAL;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected Family family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected static final String MEANING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeaning() <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeaning()
	 * @generated
	 * @ordered
	 */
	protected String meaning = MEANING_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientMessage() <em>Client Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientMessage() <em>Client Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientMessage()
	 * @generated
	 * @ordered
	 */
	protected String clientMessage = CLIENT_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTraceSignal() <em>Trace Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceSignal()
	 * @generated
	 * @ordered
	 */
	protected static final String TRACE_SIGNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTraceSignal() <em>Trace Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraceSignal()
	 * @generated
	 * @ordered
	 */
	protected String traceSignal = TRACE_SIGNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isSuccess() <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccess()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUCCESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSuccess() <em>Success</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuccess()
	 * @generated
	 * @ordered
	 */
	protected boolean success = SUCCESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCauses() <em>Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<Cause> causes;

	/**
	 * The cached value of the '{@link #getReplies() <em>Replies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplies()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolReply> replies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ErrorCodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.ERROR_CODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(int newValue) {
		int oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(String newSymbol) {
		String oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Family getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(Family newFamily) {
		Family oldFamily = family;
		family = newFamily == null ? FAMILY_EDEFAULT : newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeaning() {
		return meaning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeaning(String newMeaning) {
		String oldMeaning = meaning;
		meaning = newMeaning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__MEANING, oldMeaning, meaning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientMessage() {
		return clientMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientMessage(String newClientMessage) {
		String oldClientMessage = clientMessage;
		clientMessage = newClientMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__CLIENT_MESSAGE, oldClientMessage, clientMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTraceSignal() {
		return traceSignal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTraceSignal(String newTraceSignal) {
		String oldTraceSignal = traceSignal;
		traceSignal = newTraceSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__TRACE_SIGNAL, oldTraceSignal, traceSignal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuccess() {
		return success;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccess(boolean newSuccess) {
		boolean oldSuccess = success;
		success = newSuccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__SUCCESS, oldSuccess, success));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.ERROR_CODE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cause> getCauses() {
		if (causes == null) {
			causes = new EObjectContainmentWithInverseEList<Cause>(Cause.class, this, MailscopePackage.ERROR_CODE__CAUSES, MailscopePackage.CAUSE__ERROR_CODE);
		}
		return causes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolReply> getReplies() {
		if (replies == null) {
			replies = new EObjectWithInverseResolvingEList.ManyInverse<ProtocolReply>(ProtocolReply.class, this, MailscopePackage.ERROR_CODE__REPLIES, MailscopePackage.PROTOCOL_REPLY__ERROR_CODES);
		}
		return replies;
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
			case MailscopePackage.ERROR_CODE__CAUSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCauses()).basicAdd(otherEnd, msgs);
			case MailscopePackage.ERROR_CODE__REPLIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getReplies()).basicAdd(otherEnd, msgs);
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
			case MailscopePackage.ERROR_CODE__CAUSES:
				return ((InternalEList<?>)getCauses()).basicRemove(otherEnd, msgs);
			case MailscopePackage.ERROR_CODE__REPLIES:
				return ((InternalEList<?>)getReplies()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MailscopePackage.ERROR_CODE__VALUE:
				return getValue();
			case MailscopePackage.ERROR_CODE__SYMBOL:
				return getSymbol();
			case MailscopePackage.ERROR_CODE__FAMILY:
				return getFamily();
			case MailscopePackage.ERROR_CODE__TITLE:
				return getTitle();
			case MailscopePackage.ERROR_CODE__MEANING:
				return getMeaning();
			case MailscopePackage.ERROR_CODE__CLIENT_MESSAGE:
				return getClientMessage();
			case MailscopePackage.ERROR_CODE__TRACE_SIGNAL:
				return getTraceSignal();
			case MailscopePackage.ERROR_CODE__SUCCESS:
				return isSuccess();
			case MailscopePackage.ERROR_CODE__SOURCE:
				return getSource();
			case MailscopePackage.ERROR_CODE__CAUSES:
				return getCauses();
			case MailscopePackage.ERROR_CODE__REPLIES:
				return getReplies();
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
			case MailscopePackage.ERROR_CODE__VALUE:
				setValue((Integer)newValue);
				return;
			case MailscopePackage.ERROR_CODE__SYMBOL:
				setSymbol((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__FAMILY:
				setFamily((Family)newValue);
				return;
			case MailscopePackage.ERROR_CODE__TITLE:
				setTitle((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__MEANING:
				setMeaning((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__CLIENT_MESSAGE:
				setClientMessage((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__TRACE_SIGNAL:
				setTraceSignal((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__SUCCESS:
				setSuccess((Boolean)newValue);
				return;
			case MailscopePackage.ERROR_CODE__SOURCE:
				setSource((String)newValue);
				return;
			case MailscopePackage.ERROR_CODE__CAUSES:
				getCauses().clear();
				getCauses().addAll((Collection<? extends Cause>)newValue);
				return;
			case MailscopePackage.ERROR_CODE__REPLIES:
				getReplies().clear();
				getReplies().addAll((Collection<? extends ProtocolReply>)newValue);
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
			case MailscopePackage.ERROR_CODE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__MEANING:
				setMeaning(MEANING_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__CLIENT_MESSAGE:
				setClientMessage(CLIENT_MESSAGE_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__TRACE_SIGNAL:
				setTraceSignal(TRACE_SIGNAL_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__SUCCESS:
				setSuccess(SUCCESS_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case MailscopePackage.ERROR_CODE__CAUSES:
				getCauses().clear();
				return;
			case MailscopePackage.ERROR_CODE__REPLIES:
				getReplies().clear();
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
			case MailscopePackage.ERROR_CODE__VALUE:
				return value != VALUE_EDEFAULT;
			case MailscopePackage.ERROR_CODE__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case MailscopePackage.ERROR_CODE__FAMILY:
				return family != FAMILY_EDEFAULT;
			case MailscopePackage.ERROR_CODE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MailscopePackage.ERROR_CODE__MEANING:
				return MEANING_EDEFAULT == null ? meaning != null : !MEANING_EDEFAULT.equals(meaning);
			case MailscopePackage.ERROR_CODE__CLIENT_MESSAGE:
				return CLIENT_MESSAGE_EDEFAULT == null ? clientMessage != null : !CLIENT_MESSAGE_EDEFAULT.equals(clientMessage);
			case MailscopePackage.ERROR_CODE__TRACE_SIGNAL:
				return TRACE_SIGNAL_EDEFAULT == null ? traceSignal != null : !TRACE_SIGNAL_EDEFAULT.equals(traceSignal);
			case MailscopePackage.ERROR_CODE__SUCCESS:
				return success != SUCCESS_EDEFAULT;
			case MailscopePackage.ERROR_CODE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case MailscopePackage.ERROR_CODE__CAUSES:
				return causes != null && !causes.isEmpty();
			case MailscopePackage.ERROR_CODE__REPLIES:
				return replies != null && !replies.isEmpty();
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
		result.append(" (value: ");
		result.append(value);
		result.append(", symbol: ");
		result.append(symbol);
		result.append(", family: ");
		result.append(family);
		result.append(", title: ");
		result.append(title);
		result.append(", meaning: ");
		result.append(meaning);
		result.append(", clientMessage: ");
		result.append(clientMessage);
		result.append(", traceSignal: ");
		result.append(traceSignal);
		result.append(", success: ");
		result.append(success);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //ErrorCodeImpl
