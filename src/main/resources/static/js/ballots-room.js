// The projector: turnout per rater group arrives as server-sent events and updates the numbers and bars; when the
// ballot changes state (closed, published) the page reloads to show what that state shows.
(function () {
  var room = document.getElementById('room');
  if (!room || !window.EventSource) {
    return;
  }
  var state = room.getAttribute('data-state');
  var source = new EventSource(room.getAttribute('data-stream'));
  source.addEventListener('turnout', function (event) {
    var turnout = JSON.parse(event.data);
    document.getElementById('room-voted').textContent = turnout.voted;
    document.getElementById('room-eligible').textContent = turnout.eligible;
    turnout.groups.forEach(function (g) {
      var row = room.querySelector('.room-group[data-group="' + g.groupId + '"]');
      if (!row) {
        return;
      }
      row.querySelector('.group-voted').textContent = g.voted;
      row.querySelector('.group-eligible').textContent = g.eligible;
      row.querySelector('.group-bar').style.width = (g.eligible === 0 ? 0 : Math.round(100 * g.voted / g.eligible)) + '%';
    });
    if (turnout.state !== state) {
      source.close();
      window.location.reload();
    }
  });
})();
