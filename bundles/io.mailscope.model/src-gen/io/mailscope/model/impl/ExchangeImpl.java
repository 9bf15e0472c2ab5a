/**
 */
package io.mailscope.model.impl;

import io.mailscope.model.Exchange;
import io.mailscope.model.MailscopePackage;
import io.mailscope.model.ProtocolLine;
import io.mailscope.model.Session;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exchange</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#getReplyLines <em>Reply Lines</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#getVerb <em>Verb</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#isComplete <em>Complete</em>}</li>
 *   <li>{@link io.mailscope.model.impl.ExchangeImpl#getSession <em>Session</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExchangeImpl extends EObjectImpl implements Exchange {
	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected ProtocolLine command;

	/**
	 * The cached value of the '{@link #getReplyLines() <em>Reply Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyLines()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolLine> replyLines;

	/**
	 * The default value of the '{@link #getVerb() <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerb()
	 * @generated
	 * @ordered
	 */
	protected static final String VERB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerb() <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerb()
	 * @generated
	 * @ordered
	 */
	protected String verb = VERB_EDEFAULT;

	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLETE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected boolean complete = COMPLETE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExchangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MailscopePackage.Literals.EXCHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolLine getCommand() {
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCommand(ProtocolLine newCommand, NotificationChain msgs) {
		ProtocolLine oldCommand = command;
		command = newCommand;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__COMMAND, oldCommand, newCommand);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommand(ProtocolLine newCommand) {
		if (newCommand != command) {
			NotificationChain msgs = null;
			if (command != null)
				msgs = ((InternalEObject)command).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MailscopePackage.EXCHANGE__COMMAND, null, msgs);
			if (newCommand != null)
				msgs = ((InternalEObject)newCommand).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MailscopePackage.EXCHANGE__COMMAND, null, msgs);
			msgs = basicSetCommand(newCommand, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__COMMAND, newCommand, newCommand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolLine> getReplyLines() {
		if (replyLines == null) {
			replyLines = new EObjectContainmentEList<ProtocolLine>(ProtocolLine.class, this, MailscopePackage.EXCHANGE__REPLY_LINES);
		}
		return replyLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerb() {
		return verb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerb(String newVerb) {
		String oldVerb = verb;
		verb = newVerb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__VERB, oldVerb, verb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComplete() {
		return complete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplete(boolean newComplete) {
		boolean oldComplete = complete;
		complete = newComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__COMPLETE, oldComplete, complete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Session getSession() {
		if (eContainerFeatureID() != MailscopePackage.EXCHANGE__SESSION) return null;
		return (Session)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSession(Session newSession, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSession, MailscopePackage.EXCHANGE__SESSION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSession(Session newSession) {
		if (newSession != eInternalContainer() || (eContainerFeatureID() != MailscopePackage.EXCHANGE__SESSION && newSession != null)) {
			if (EcoreUtil.isAncestor(this, newSession))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSession != null)
				msgs = ((InternalEObject)newSession).eInverseAdd(this, MailscopePackage.SESSION__EXCHANGES, Session.class, msgs);
			msgs = basicSetSession(newSession, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MailscopePackage.EXCHANGE__SESSION, newSession, newSession));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MailscopePackage.EXCHANGE__SESSION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSession((Session)otherEnd, msgs);
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
			case MailscopePackage.EXCHANGE__COMMAND:
				return basicSetCommand(null, msgs);
			case MailscopePackage.EXCHANGE__REPLY_LINES:
				return ((InternalEList<?>)getReplyLines()).basicRemove(otherEnd, msgs);
			case MailscopePackage.EXCHANGE__SESSION:
				return basicSetSession(null, msgs);
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
			case MailscopePackage.EXCHANGE__SESSION:
				return eInternalContainer().eInverseRemove(this, MailscopePackage.SESSION__EXCHANGES, Session.class, msgs);
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
			case MailscopePackage.EXCHANGE__COMMAND:
				return getCommand();
			case MailscopePackage.EXCHANGE__REPLY_LINES:
				return getReplyLines();
			case MailscopePackage.EXCHANGE__VERB:
				return getVerb();
			case MailscopePackage.EXCHANGE__TAG:
				return getTag();
			case MailscopePackage.EXCHANGE__COMPLETE:
				return isComplete();
			case MailscopePackage.EXCHANGE__SESSION:
				return getSession();
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
			case MailscopePackage.EXCHANGE__COMMAND:
				setCommand((ProtocolLine)newValue);
				return;
			case MailscopePackage.EXCHANGE__REPLY_LINES:
				getReplyLines().clear();
				getReplyLines().addAll((Collection<? extends ProtocolLine>)newValue);
				return;
			case MailscopePackage.EXCHANGE__VERB:
				setVerb((String)newValue);
				return;
			case MailscopePackage.EXCHANGE__TAG:
				setTag((String)newValue);
				return;
			case MailscopePackage.EXCHANGE__COMPLETE:
				setComplete((Boolean)newValue);
				return;
			case MailscopePackage.EXCHANGE__SESSION:
				setSession((Session)newValue);
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
			case MailscopePackage.EXCHANGE__COMMAND:
				setCommand((ProtocolLine)null);
				return;
			case MailscopePackage.EXCHANGE__REPLY_LINES:
				getReplyLines().clear();
				return;
			case MailscopePackage.EXCHANGE__VERB:
				setVerb(VERB_EDEFAULT);
				return;
			case MailscopePackage.EXCHANGE__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case MailscopePackage.EXCHANGE__COMPLETE:
				setComplete(COMPLETE_EDEFAULT);
				return;
			case MailscopePackage.EXCHANGE__SESSION:
				setSession((Session)null);
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
			case MailscopePackage.EXCHANGE__COMMAND:
				return command != null;
			case MailscopePackage.EXCHANGE__REPLY_LINES:
				return replyLines != null && !replyLines.isEmpty();
			case MailscopePackage.EXCHANGE__VERB:
				return VERB_EDEFAULT == null ? verb != null : !VERB_EDEFAULT.equals(verb);
			case MailscopePackage.EXCHANGE__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case MailscopePackage.EXCHANGE__COMPLETE:
				return complete != COMPLETE_EDEFAULT;
			case MailscopePackage.EXCHANGE__SESSION:
				return getSession() != null;
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
		result.append(" (verb: ");
		result.append(verb);
		result.append(", tag: ");
		result.append(tag);
		result.append(", complete: ");
		result.append(complete);
		result.append(')');
		return result.toString();
	}

} //ExchangeImpl
